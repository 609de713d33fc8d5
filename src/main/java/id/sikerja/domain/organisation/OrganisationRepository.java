package id.sikerja.domain.organisation;

import id.sikerja.domain.policy.PolicyProfile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of the organisation model. Every finder takes the government id: callers cannot
 * forget tenant isolation, and an id from another government simply is not found.
 */
public interface OrganisationRepository {

    List<Government> governments();

    Optional<Government> government(long id);

    Optional<Government> governmentByCode(String code);

    Optional<PolicyProfile> policy(long governmentId);

    Optional<Department> department(long governmentId, long id);

    Optional<Department> departmentByCode(long governmentId, String code);

    List<Department> departments(long governmentId);

    Optional<OrgUnit> unit(long governmentId, long id);

    Optional<OrgUnit> unitByCode(long governmentId, String code);

    List<OrgUnit> units(long governmentId);

    /** Root units of every department of the government, ordered by department name. */
    List<OrgUnit> rootUnits(long governmentId);

    List<OrgUnit> children(long governmentId, long parentId);

    /** Units whose name or code contains {@code text}, with their ancestors' paths, at most {@code limit}. */
    List<OrgUnit> searchUnits(long governmentId, String text, int limit);

    /** Number of people placed on {@code on} in each subtree rooted at the given units, by unit id. */
    Map<Long, Long> headcounts(long governmentId, Collection<OrgUnit> units, LocalDate on);

    /** Whether a unit has child units (for lazy tree expansion). */
    Map<Long, Boolean> hasChildren(long governmentId, Collection<Long> unitIds);

    Optional<Position> position(long governmentId, long id);

    List<Position> positions(long governmentId, long unitId);

    Optional<Position> headPosition(long governmentId, long unitId);

    List<Position> allPositions(long governmentId);

    Optional<Employee> employee(long governmentId, long id);

    /** Every committed version of an employee's master data, oldest first. */
    List<EmployeeRevision> employeeRevisions(long governmentId, long employeeId);

    Optional<Employee> employeeByNip(String nip);

    /** Placements active on a date in a unit (not its subtree), with employee and position loaded. */
    List<Placement> placementsInUnit(long governmentId, long unitId, LocalDate on);

    /** Every placement active on a date in the government, with employee and position loaded. */
    List<Placement> activePlacements(long governmentId, LocalDate on);

    List<Employee> holders(long governmentId, long positionId, LocalDate on);

    /** Placements active on a date in the unit whose path is given and below it, employee and position loaded. */
    List<Placement> activePlacementsUnder(long governmentId, String unitPath, LocalDate on);

    /** Placements active on a date in positions of one class (e.g. the regional head's). */
    List<Placement> activePlacementsOfClass(long governmentId, PositionClass positionClass, LocalDate on);

    /**
     * Up to {@code limit} placements active on a date whose employee name or NIP (or, with
     * {@code matchTitle}, position title) contains {@code text} (case-insensitive; blank matches all),
     * ordered by name. When
     * {@code unitPaths} is not null only those subtrees count, plus the employees in {@code extraEmployeeIds}.
     */
    List<Placement> searchActivePlacements(long governmentId, String text, boolean matchTitle,
                                           java.util.Collection<String> unitPaths,
                                           java.util.Collection<Long> extraEmployeeIds, LocalDate on, int limit);

    /** Position id → number of people placed in it on a date, for the positions that hold anyone. */
    java.util.Map<Long, Long> occupiedSeats(long governmentId, LocalDate on);

    /** One page of employees matching {@code filter} with their placement on the filter's date. */
    List<EmployeeRow> searchEmployees(EmployeeFilter filter, int first, int pageSize);

    long countEmployees(EmployeeFilter filter);

    List<AppraiserRule> rules(long governmentId);

    Optional<AppraiserRule> rule(long governmentId, long id);

    Optional<AppraiserOverride> activeOverride(long governmentId, long employeeId);

    List<AppraiserOverride> overrides(long governmentId, long employeeId);

    /** Active overrides naming {@code appraiserId} as the appraiser. */
    List<AppraiserOverride> overridesByAppraiser(long governmentId, long appraiserId);

    List<AppraiserOverride> activeOverrides(long governmentId);

    Optional<Rank> rank(String code);

    List<Rank> ranks();

    <T> T add(T entity);

    void remove(Object entity);

    /**
     * Increments an aggregate root's version although only a part of it changed (a placement of an
     * employee), so that a concurrent edit of the same aggregate conflicts.
     */
    void bumpVersion(Object aggregateRoot);

    /** Writes pending changes now, so that constraint and version conflicts surface inside the call. */
    void flush();

    /**
     * Declares that the current transaction only reads from here on: entities loaded later are not
     * dirty-checked and queries do not flush first. Makes deriving a whole government's appraisers
     * (tens of thousands of entities, hundreds of queries) linear instead of quadratic. Only for
     * transactions that write nothing.
     */
    void readOnlyFromHere();
}
