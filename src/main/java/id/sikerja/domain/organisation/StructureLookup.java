package id.sikerja.domain.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What appraiser derivation needs to know about the rest of a government's structure. Implemented
 * over the database by the application layer and in memory by tests, so the rule itself has one home.
 */
public interface StructureLookup {

    /** The active head position of a unit, if the unit has one. */
    Optional<Position> headPositionOf(OrgUnit unit);

    /** Who holds a position on a date (normally zero or one person for a head position). */
    List<Employee> holdersOf(Position position, LocalDate on);

    /** The head position of the level-1 unit of the government's Sekretariat Daerah. */
    Optional<Position> regionalSecretaryPosition(Government government);

    /** The KEPALA_DAERAH position of the government. */
    Optional<Position> regionalHeadPosition(Government government);
}
