package id.sikerja.domain.access;

/**
 * What a person's current placement says about them, computed by the application layer from the
 * organisation model.
 *
 * @param employee       the account is linked to an employee record
 * @param headsUnit      holds the head position of some unit
 * @param headsDepartment holds the head position of a department's level-1 unit
 * @param regionalOfficial is the Sekda or the Bupati/Walikota
 * @param appraises      is the derived or overriding appraiser of at least one person
 */
public record PlacementFacts(boolean employee, boolean headsUnit, boolean headsDepartment, boolean regionalOfficial,
                             boolean appraises) {

    public static PlacementFacts none() {
        return new PlacementFacts(false, false, false, false, false);
    }
}
