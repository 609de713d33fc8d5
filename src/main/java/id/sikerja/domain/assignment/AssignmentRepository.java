package id.sikerja.domain.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of assignments and secondment requests; every finder is scoped to one government. */
public interface AssignmentRepository {

    Optional<Assignment> assignment(long governmentId, long id);

    /** Assignments of one person, newest first. */
    List<Assignment> assignmentsOf(long governmentId, long employeeId);

    /**
     * Assignments a manager sees: owned by a unit under one of {@code unitPaths}, given to someone placed
     * under one of them, appointed or to be signed by {@code employeeId}; all of the government when
     * {@code wholeGovernment}. Newest first, at most {@code limit}.
     */
    List<Assignment> assignmentsManagedBy(long governmentId, Long employeeId, Collection<String> unitPaths,
                                          boolean wholeGovernment, int limit);

    List<Assignment> assignmentsOfSecondment(long governmentId, long secondmentId);

    /**
     * Issued assignments from a request for staff or a voluntary application whose owner unit lies on the path
     * of {@code unitPath} (the unit, a unit above it or below it): the people they release to its work.
     */
    List<Assignment> releasedTo(long governmentId, String unitPath);

    Optional<SecondmentRequest> secondment(long governmentId, long id);

    /** Requests someone took part in or heads a unit involved in; all when {@code wholeGovernment}. */
    List<SecondmentRequest> secondmentsInvolving(long governmentId, Long employeeId, Collection<String> unitPaths,
                                                 boolean wholeGovernment, int limit);

    Optional<WorkNeed> need(long governmentId, long id);

    /** Open needs announced for units whose subtree contains {@code unitPath} or lies under one of {@code headedPaths}. */
    List<WorkNeed> needsFor(long governmentId, String unitPath, Collection<String> headedPaths);

    Optional<VolunteerApplication> application(long governmentId, long id);

    /** Applications of the employee, awaiting them, or touching units under {@code unitPaths}; all when {@code wholeGovernment}. */
    List<VolunteerApplication> applicationsInvolving(long governmentId, Long employeeId, Collection<String> unitPaths,
                                                     boolean wholeGovernment, int limit);

    <T> T add(T entity);

    void flush();
}
