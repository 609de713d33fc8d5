package id.sikerja.application.internal;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link id.sikerja.domain.organisation.StructureLookup} over the repository, memoised for the
 * life of one service call (so deriving the appraisers of a whole unit costs a few queries).
 */
final class RepositoryStructureLookup implements id.sikerja.domain.organisation.StructureLookup {

    private final OrganisationRepository repository;
    private final Map<Long, Optional<Position>> heads = new HashMap<>();
    private final Map<Long, List<Employee>> holders = new HashMap<>();
    private Optional<Position> secretary;
    private Optional<Position> regionalHead;

    RepositoryStructureLookup(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Position> headPositionOf(OrgUnit unit) {
        return heads.computeIfAbsent(unit.getId(),
                id -> repository.headPosition(unit.getGovernment().getId(), id));
    }

    @Override
    public List<Employee> holdersOf(Position position, LocalDate on) {
        return holders.computeIfAbsent(position.getId(),
                id -> repository.holders(position.getGovernment().getId(), id, on));
    }

    @Override
    public Optional<Position> regionalSecretaryPosition(Government government) {
        if (secretary == null) {
            secretary = repository.rootUnits(government.getId()).stream()
                    .filter(u -> u.getDepartment().getType() == UnitType.SEKRETARIAT_DAERAH).findFirst()
                    .flatMap(this::headPositionOf);
        }
        return secretary;
    }

    @Override
    public Optional<Position> regionalHeadPosition(Government government) {
        if (regionalHead == null) {
            regionalHead = repository.rootUnits(government.getId()).stream()
                    .filter(u -> u.getDepartment().getType() == UnitType.KEPALA_DAERAH).findFirst()
                    .flatMap(this::headPositionOf)
                    .filter(p -> p.getPositionClass() == PositionClass.KEPALA_DAERAH);
        }
        return regionalHead;
    }
}
