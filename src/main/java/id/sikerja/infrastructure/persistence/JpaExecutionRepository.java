package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.execution.Evidence;
import id.sikerja.domain.execution.ExecutionRepository;
import id.sikerja.domain.execution.WorkLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link ExecutionRepository}; lists are bounded and newest first. */
@ApplicationScoped
public class JpaExecutionRepository implements ExecutionRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public void add(WorkLog log) {
        em.persist(log);
    }

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    @Override
    public void remove(WorkLog log) {
        em.createQuery("delete from Evidence e where e.workLog = :l").setParameter("l", log).executeUpdate();
        em.remove(log);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<WorkLog> log(long governmentId, long id) {
        return em.createQuery("select l from WorkLog l where l.id = :id and l.government.id = :g", WorkLog.class)
                .setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<WorkLog> logsOf(long governmentId, long employeeId, int limit) {
        return em.createQuery("select l from WorkLog l where l.government.id = :g and l.employee.id = :e "
                        + "order by l.workDate desc, l.id desc", WorkLog.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<WorkLog> logsWith(long governmentId, long employeeId, int limit) {
        return em.createQuery("select l from WorkLog l join l.collaborators c where l.government.id = :g "
                        + "and c.id = :e order by l.workDate desc, l.id desc", WorkLog.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Evidence> evidenceOf(Collection<Long> logIds) {
        if (logIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Evidence e where e.workLog.id in :ids order by e.id", Evidence.class)
                .setParameter("ids", logIds).getResultList();
    }

    @Override
    public Optional<Evidence> evidence(long governmentId, long id) {
        return em.createQuery("select e from Evidence e where e.id = :id and e.governmentId = :g", Evidence.class)
                .setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public java.sql.Blob blobOf(java.io.InputStream in, long size) {
        return em.unwrap(org.hibernate.Session.class).getLobHelper().createBlob(in, size);
    }
}
