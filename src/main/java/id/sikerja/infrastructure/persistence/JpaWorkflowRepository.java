package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.workflow.AuditEntry;
import id.sikerja.domain.workflow.InboxTask;
import id.sikerja.domain.workflow.LetterSequence;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link WorkflowRepository}. */
@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> history(long governmentId, SubjectType subjectType, long subjectId) {
        return em.createQuery("select a from AuditEntry a where a.governmentId = :g and a.subjectType = :t "
                        + "and a.subjectId = :s order by a.at, a.id", AuditEntry.class)
                .setParameter("g", governmentId).setParameter("t", subjectType).setParameter("s", subjectId)
                .getResultList();
    }

    @Override
    public void add(InboxTask task) {
        em.persist(task);
    }

    @Override
    public List<InboxTask> openTasks(long governmentId, SubjectType subjectType, long subjectId) {
        return em.createQuery("select t from InboxTask t where t.governmentId = :g and t.subjectType = :t "
                        + "and t.subjectId = :s and t.doneAt is null order by t.openedAt", InboxTask.class)
                .setParameter("g", governmentId).setParameter("t", subjectType).setParameter("s", subjectId)
                .getResultList();
    }

    @Override
    public List<InboxTask> openTasksOf(long governmentId, long assigneeId) {
        return em.createQuery("select t from InboxTask t where t.governmentId = :g and t.assigneeId = :a "
                        + "and t.doneAt is null order by t.openedAt desc, t.id desc", InboxTask.class)
                .setParameter("g", governmentId).setParameter("a", assigneeId).setMaxResults(500).getResultList();
    }

    @Override
    public long countOpenTasksOf(long governmentId, long assigneeId) {
        return em.createQuery("select count(t) from InboxTask t where t.governmentId = :g and t.assigneeId = :a "
                        + "and t.doneAt is null", Long.class)
                .setParameter("g", governmentId).setParameter("a", assigneeId).getSingleResult();
    }

    @Override
    public LetterSequence lockSequence(long governmentId, Long departmentId, String kind, int year) {
        // Insert-if-missing first, so that concurrent first callers meet on the unique key instead of
        // both creating a row; then take the row lock that serialises the increments.
        em.createNativeQuery("insert into letter_sequence (government_id, department_id, kind, year, last_value) "
                        + "values (?1, ?2, ?3, ?4, 0) on conflict (government_id, department_id, kind, year) do nothing")
                .setParameter(1, governmentId).setParameter(2, departmentId).setParameter(3, kind)
                .setParameter(4, year).executeUpdate();
        return sequenceQuery(governmentId, departmentId, kind, year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    @Override
    public Optional<LetterSequence> sequence(long governmentId, Long departmentId, String kind, int year) {
        return sequenceQuery(governmentId, departmentId, kind, year).getResultStream().findFirst();
    }

    @Override
    public List<LetterSequence> sequences(long governmentId, int year) {
        return em.createQuery("select s from LetterSequence s where s.governmentId = :g and s.year = :y "
                        + "order by s.kind, s.departmentId", LetterSequence.class)
                .setParameter("g", governmentId).setParameter("y", year).getResultList();
    }

    private jakarta.persistence.TypedQuery<LetterSequence> sequenceQuery(long governmentId, Long departmentId,
                                                                          String kind, int year) {
        String jpql = "select s from LetterSequence s where s.governmentId = :g and s.kind = :k and s.year = :y and "
                + (departmentId == null ? "s.departmentId is null" : "s.departmentId = :d");
        jakarta.persistence.TypedQuery<LetterSequence> query = em.createQuery(jpql, LetterSequence.class)
                .setParameter("g", governmentId).setParameter("k", kind).setParameter("y", year);
        return departmentId == null ? query : query.setParameter("d", departmentId);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
