package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.VolunteerApplication;
import id.sikerja.domain.assignment.WorkNeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link AssignmentRepository}. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public Optional<Assignment> assignment(long governmentId, long id) {
        return em.createQuery("select a from Assignment a where a.government.id = :g and a.id = :id", Assignment.class)
                .setParameter("g", governmentId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Assignment> assignmentsOf(long governmentId, long employeeId) {
        return em.createQuery("select a from Assignment a join fetch a.ownerUnit where a.government.id = :g "
                        + "and a.employee.id = :e order by a.startDate desc, a.id desc", Assignment.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    public List<Assignment> assignmentsManagedBy(long governmentId, Long employeeId, Collection<String> unitPaths,
                                                 boolean wholeGovernment, int limit) {
        StringBuilder q = new StringBuilder("select a from Assignment a join fetch a.ownerUnit o join fetch a.employee e "
                + "left join a.proposedTo pt where a.government.id = :g");
        if (!wholeGovernment) {
            q.append(" and (a.appointedBy.id = :me or a.signer.id = :me or pt.id = :me");
            List<String> paths = new ArrayList<>(unitPaths);
            for (int i = 0; i < paths.size(); i++) {
                q.append(" or o.path like :p").append(i).append(Like.ESCAPE)
                        .append(" or exists (select 1 from Placement pl where pl.employee = e ")
                        .append("and pl.endDate is null and pl.position.unit.path like :p").append(i).append(Like.ESCAPE)
                        .append(")");
            }
            q.append(")");
        }
        q.append(" order by a.id desc");
        TypedQuery<Assignment> query = em.createQuery(q.toString(), Assignment.class).setParameter("g", governmentId);
        if (!wholeGovernment) {
            query.setParameter("me", employeeId == null ? -1L : employeeId);
            int i = 0;
            for (String p : unitPaths) {
                query.setParameter("p" + i++, Like.prefix(p));
            }
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Assignment> assignmentsOfSecondment(long governmentId, long secondmentId) {
        return em.createQuery("select a from Assignment a where a.government.id = :g and a.secondmentId = :s "
                        + "order by a.id", Assignment.class)
                .setParameter("g", governmentId).setParameter("s", secondmentId).getResultList();
    }

    @Override
    public List<Assignment> releasedTo(long governmentId, String unitPath) {
        // The unit's ancestors by their paths ("/DINKES/", "/DINKES/YANKES/" of "/DINKES/YANKES/RUJ/"), its
        // subtree by a prefix.
        java.util.List<String> above = new java.util.ArrayList<>();
        for (int i = unitPath.indexOf('/', 1); i > 0; i = unitPath.indexOf('/', i + 1)) {
            above.add(unitPath.substring(0, i + 1));
        }
        return em.createQuery("select a from Assignment a where a.government.id = :g "
                        + "and a.status = id.sikerja.domain.assignment.AssignmentStatus.ISSUED "
                        + "and (a.secondmentId is not null or a.volunteerId is not null) "
                        + "and (a.ownerUnit.path in :above or a.ownerUnit.path like :below" + Like.ESCAPE + ")",
                        Assignment.class)
                .setParameter("g", governmentId).setParameter("above", above)
                .setParameter("below", Like.prefix(unitPath)).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<SecondmentRequest> secondment(long governmentId, long id) {
        return em.createQuery("select s from SecondmentRequest s where s.government.id = :g and s.id = :id",
                        SecondmentRequest.class)
                .setParameter("g", governmentId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<SecondmentRequest> secondmentsInvolving(long governmentId, Long employeeId,
                                                        Collection<String> unitPaths, boolean wholeGovernment,
                                                        int limit) {
        StringBuilder q = new StringBuilder("select s from SecondmentRequest s join fetch s.requestingUnit r "
                + "join fetch s.targetUnit t where s.government.id = :g");
        if (!wholeGovernment) {
            q.append(" and (s.requester.id = :me or s.sequence.awaitingId = :me or s.requestSignerId = :me "
                    + "or s.recommenderId = :me or s.answerSignerId = :me");
            for (int i = 0; i < unitPaths.size(); i++) {
                q.append(" or r.path like :p").append(i).append(Like.ESCAPE)
                        .append(" or t.path like :p").append(i).append(Like.ESCAPE);
            }
            q.append(")");
        }
        q.append(" order by s.id desc");
        TypedQuery<SecondmentRequest> query = em.createQuery(q.toString(), SecondmentRequest.class)
                .setParameter("g", governmentId);
        if (!wholeGovernment) {
            query.setParameter("me", employeeId == null ? -1L : employeeId);
            int i = 0;
            for (String p : unitPaths) {
                query.setParameter("p" + i++, Like.prefix(p));
            }
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<WorkNeed> need(long governmentId, long id) {
        return em.createQuery("select n from WorkNeed n where n.government.id = :g and n.id = :id", WorkNeed.class)
                .setParameter("g", governmentId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<WorkNeed> needsFor(long governmentId, String unitPath, Collection<String> headedPaths) {
        List<WorkNeed> open = em.createQuery("select n from WorkNeed n join fetch n.unit where n.government.id = :g "
                        + "and n.open = true order by n.id desc", WorkNeed.class)
                .setParameter("g", governmentId).setMaxResults(500).getResultList();
        return open.stream().filter(n -> unitPath != null && unitPath.startsWith(n.getUnit().getPath())
                || headedPaths.stream().anyMatch(p -> n.getUnit().getPath().startsWith(p))).toList();
    }

    @Override
    public Optional<VolunteerApplication> application(long governmentId, long id) {
        return em.createQuery("select v from VolunteerApplication v where v.government.id = :g and v.id = :id",
                        VolunteerApplication.class)
                .setParameter("g", governmentId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<VolunteerApplication> applicationsInvolving(long governmentId, Long employeeId,
                                                            Collection<String> unitPaths, boolean wholeGovernment,
                                                            int limit) {
        StringBuilder q = new StringBuilder("select v from VolunteerApplication v join fetch v.ownUnit o "
                + "join fetch v.targetUnit t join fetch v.employee where v.government.id = :g");
        if (!wholeGovernment) {
            q.append(" and (v.employee.id = :me or v.sequence.awaitingId = :me");
            for (int i = 0; i < unitPaths.size(); i++) {
                q.append(" or o.path like :p").append(i).append(Like.ESCAPE)
                        .append(" or t.path like :p").append(i).append(Like.ESCAPE);
            }
            q.append(")");
        }
        q.append(" order by v.id desc");
        TypedQuery<VolunteerApplication> query = em.createQuery(q.toString(), VolunteerApplication.class)
                .setParameter("g", governmentId);
        if (!wholeGovernment) {
            query.setParameter("me", employeeId == null ? -1L : employeeId);
            int i = 0;
            for (String p : unitPaths) {
                query.setParameter("p" + i++, Like.prefix(p));
            }
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
