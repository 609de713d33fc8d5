package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PerformanceDialogue;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPA implementation of {@link PlanningRepository}. */
@ApplicationScoped
public class JpaPlanningRepository implements PlanningRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public Optional<PerformanceAgreement> agreement(long governmentId, long id) {
        return em.createQuery("select a from PerformanceAgreement a where a.id = :id and a.governmentId = :g",
                        PerformanceAgreement.class)
                .setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<PerformanceAgreement> agreementsOwnedBy(long governmentId, long ownerId) {
        return em.createQuery("select a from PerformanceAgreement a where a.governmentId = :g and a.ownerId = :o "
                        + "order by a.year desc, a.revision desc", PerformanceAgreement.class)
                .setParameter("g", governmentId).setParameter("o", ownerId).getResultList();
    }

    @Override
    public List<PerformanceAgreement> agreementsOfUnit(long governmentId, long unitId, int fromYear, int toYear) {
        return em.createQuery("select a from PerformanceAgreement a where a.governmentId = :g and a.unitId = :u "
                        + "and a.year between :from and :to and a.state <> :superseded "
                        + "order by a.year desc, a.revision desc", PerformanceAgreement.class)
                .setParameter("g", governmentId).setParameter("u", unitId).setParameter("from", fromYear)
                .setParameter("to", toYear).setParameter("superseded", AgreementState.SUPERSEDED).getResultList();
    }

    @Override
    public List<PerformanceAgreement> agreementsToApprove(long governmentId, long approverId) {
        return em.createQuery("select a from PerformanceAgreement a where a.governmentId = :g and a.approverId = :o "
                        + "order by a.state, a.year desc, a.ownerName", PerformanceAgreement.class)
                .setParameter("g", governmentId).setParameter("o", approverId).getResultList();
    }

    @Override
    public List<PerformanceAgreement> approvedAgreements(long governmentId, Collection<Long> ownerIds, int year) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from PerformanceAgreement a where a.governmentId = :g and a.ownerId in :o "
                        + "and a.year = :y and a.state = :s order by a.ownerName", PerformanceAgreement.class)
                .setParameter("g", governmentId).setParameter("o", ownerIds).setParameter("y", year)
                .setParameter("s", AgreementState.APPROVED).getResultList();
    }

    @Override
    public boolean hasCurrentAgreement(long governmentId, long ownerId, int year) {
        return em.createQuery("select count(a) from PerformanceAgreement a where a.governmentId = :g "
                        + "and a.ownerId = :o and a.year = :y and a.state <> :s", Long.class)
                .setParameter("g", governmentId).setParameter("o", ownerId).setParameter("y", year)
                .setParameter("s", AgreementState.SUPERSEDED).getSingleResult() > 0;
    }

    @Override
    public Optional<Indicator> indicator(long governmentId, long indicatorId) {
        return em.createQuery("select i from Indicator i join fetch i.objective o join fetch o.agreement a "
                        + "where i.id = :id and a.governmentId = :g", Indicator.class)
                .setParameter("id", indicatorId).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<Indicator> indicatorsServing(long governmentId, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Indicator i join fetch i.objective o join fetch o.agreement a "
                        + "where a.governmentId = :g and i.servesIndicatorId in :i "
                        + "order by a.ownerName, a.revision, o.position, i.position", Indicator.class)
                .setParameter("g", governmentId).setParameter("i", indicatorIds).getResultList();
    }

    @Override
    public Optional<Skp> skp(long governmentId, long id) {
        return em.createQuery("select s from Skp s where s.id = :id and s.governmentId = :g", Skp.class)
                .setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<Skp> skpsOf(long governmentId, long employeeId) {
        return em.createQuery("select s from Skp s where s.governmentId = :g and s.employeeId = :e "
                        + "order by s.year desc, s.periodStart desc", Skp.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    public List<Skp> skpsAppraisedBy(long governmentId, long appraiserId) {
        return em.createQuery("select s from Skp s where s.governmentId = :g and s.appraiserId = :e "
                        + "order by s.year desc, s.employeeName", Skp.class)
                .setParameter("g", governmentId).setParameter("e", appraiserId).getResultList();
    }

    @Override
    public Map<Long, Skp> currentSkps(long governmentId, Collection<Long> employeeIds, int year) {
        Map<Long, Skp> map = new LinkedHashMap<>();
        if (employeeIds.isEmpty()) {
            return map;
        }
        em.createQuery("select s from Skp s where s.governmentId = :g and s.employeeId in :e and s.year = :y "
                        + "and s.state <> :c order by s.periodStart", Skp.class)
                .setParameter("g", governmentId).setParameter("e", employeeIds).setParameter("y", year)
                .setParameter("c", SkpState.CLOSED).getResultList()
                .forEach(s -> map.put(s.getEmployeeId(), s));
        return map;
    }

    @Override
    public List<WorkResult> resultsOfSkps(long governmentId, Collection<Long> skpIds) {
        if (skpIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from WorkResult r join fetch r.skp s where s.governmentId = :g "
                        + "and s.id in :s order by s.id, r.position", WorkResult.class)
                .setParameter("g", governmentId).setParameter("s", skpIds).getResultList();
    }

    @Override
    public List<WorkResult> resultsSupportingIndicators(long governmentId, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from WorkResult r join fetch r.skp s where s.governmentId = :g "
                        + "and r.supportedIndicatorId in :i order by s.employeeName, r.position", WorkResult.class)
                .setParameter("g", governmentId).setParameter("i", indicatorIds).getResultList();
    }

    @Override
    public List<WorkResult> resultsSupportingResults(long governmentId, Collection<Long> resultIds) {
        if (resultIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from WorkResult r join fetch r.skp s where s.governmentId = :g "
                        + "and r.supportedResultId in :i order by s.employeeName, r.position", WorkResult.class)
                .setParameter("g", governmentId).setParameter("i", resultIds).getResultList();
    }

    @Override
    public Optional<WorkResult> result(long governmentId, long resultId) {
        return em.createQuery("select r from WorkResult r join fetch r.skp s where r.id = :id and s.governmentId = :g",
                        WorkResult.class)
                .setParameter("id", resultId).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<Object[]> skpCountsByDepartmentAndState(long governmentId, int year) {
        return em.createQuery("select s.departmentId, s.state, count(s) from Skp s where s.governmentId = :g "
                        + "and s.year = :y group by s.departmentId, s.state", Object[].class)
                .setParameter("g", governmentId).setParameter("y", year).getResultList();
    }

    @Override
    public List<Object[]> skpCountsByUnitAndState(long governmentId, long departmentId, int year) {
        return em.createQuery("select s.unitId, s.state, count(s) from Skp s where s.governmentId = :g "
                        + "and s.departmentId = :d and s.year = :y group by s.unitId, s.state", Object[].class)
                .setParameter("g", governmentId).setParameter("d", departmentId).setParameter("y", year)
                .getResultList();
    }

    @Override
    public List<PerformanceDialogue> dialogues(long governmentId, String subjectType, long subjectId) {
        return em.createQuery("select d from PerformanceDialogue d where d.governmentId = :g "
                        + "and d.subjectType = :t and d.subjectId = :s order by d.heldOn desc, d.id desc",
                        PerformanceDialogue.class)
                .setParameter("g", governmentId).setParameter("t", subjectType).setParameter("s", subjectId)
                .getResultList();
    }

    @Override
    public List<PerformanceDialogue> dialoguesWith(long governmentId, long employeeId) {
        return em.createQuery("select d from PerformanceDialogue d where d.governmentId = :g "
                        + "and :e member of d.participantIds order by d.heldOn desc, d.id desc",
                        PerformanceDialogue.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String[]> behaviourValues() {
        Map<String, String[]> map = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select code, name, guidance from behaviour_value order by position")
                .getResultList();
        for (Object[] row : rows) {
            map.put((String) row[0], new String[]{(String) row[1], (String) row[2]});
        }
        return map;
    }

    @Override
    public void bumpVersion(Object aggregateRoot) {
        em.lock(aggregateRoot, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
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
