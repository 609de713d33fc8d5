package id.sikerja.domain.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link StructureLookup} over plain lists, for unit tests: the same answers the repository gives,
 * computed from the entities in memory.
 * <ul>
 *     <li>head position of a unit = the active position of that unit that heads it;</li>
 *     <li>holders = employees whose placement on the date is that position, in list order;</li>
 *     <li>Sekda = head position of the root unit of the SEKRETARIAT_DAERAH department;</li>
 *     <li>regional head = the active position of class KEPALA_DAERAH.</li>
 * </ul>
 */
public final class InMemoryStructure implements StructureLookup {

    private final List<Position> positions;
    private final List<Employee> employees;

    public InMemoryStructure(Collection<Position> positions, Collection<Employee> employees) {
        this.positions = List.copyOf(positions);
        this.employees = List.copyOf(employees);
    }

    @Override
    public Optional<Position> headPositionOf(OrgUnit unit) {
        return positions.stream()
                .filter(p -> p.isActive() && p.isHeadsUnit() && p.getUnit().equals(unit))
                .findFirst();
    }

    @Override
    public List<Employee> holdersOf(Position position, LocalDate on) {
        return employees.stream()
                .filter(e -> e.placementOn(on).map(pl -> pl.getPosition().equals(position)).orElse(false))
                .toList();
    }

    @Override
    public Optional<Position> regionalSecretaryPosition(Government government) {
        return positions.stream()
                .filter(p -> p.getGovernment().equals(government))
                .map(Position::getUnit)
                .filter(u -> u.isRoot() && u.getDepartment().getType() == UnitType.SEKRETARIAT_DAERAH)
                .findFirst()
                .flatMap(this::headPositionOf);
    }

    @Override
    public Optional<Position> regionalHeadPosition(Government government) {
        return positions.stream()
                .filter(p -> p.isActive() && p.getGovernment().equals(government)
                        && p.getPositionClass() == PositionClass.KEPALA_DAERAH)
                .findFirst();
    }

    /** Everyone holding a position on the date, in list order. */
    public List<Employee> placedOn(LocalDate on) {
        return employees.stream().filter(e -> e.placementOn(on).isPresent()).toList();
    }
}
