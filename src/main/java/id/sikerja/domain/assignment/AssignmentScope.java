package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.OrgUnit;

/** Where the assigned person comes from, seen from the unit that owns the work (KU Pasal 10; KL Pasal 12). */
public enum AssignmentScope {
    WITHIN_UNIT,
    CROSS_UNIT,
    CROSS_DEPARTMENT,
    CROSS_GOVERNMENT;

    /**
     * KU Pasal 10 ayat (2): within the owner unit (its subtree), across units of the same Perangkat
     * Daerah, across Perangkat Daerah, or across governments.
     */
    public static AssignmentScope between(OrgUnit ownerUnit, OrgUnit personUnit) {
        if (!ownerUnit.getGovernment().equals(personUnit.getGovernment())) {
            return CROSS_GOVERNMENT;
        }
        if (!ownerUnit.getDepartment().equals(personUnit.getDepartment())) {
            return CROSS_DEPARTMENT;
        }
        return within(ownerUnit, personUnit) ? WITHIN_UNIT : CROSS_UNIT;
    }

    /**
     * Whether {@code unit} is {@code container} or lies below it. Compares through getters: either may be a
     * lazy Hibernate proxy whose own fields are empty (OrgUnit.contains reads {@code other.path} directly).
     */
    public static boolean within(OrgUnit container, OrgUnit unit) {
        return unit != null && unit.getPath().startsWith(container.getPath());
    }
}
