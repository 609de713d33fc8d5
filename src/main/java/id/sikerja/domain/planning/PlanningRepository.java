package id.sikerja.domain.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of agreements, SKPs and dialogues. Every finder takes the government id. */
public interface PlanningRepository {

    Optional<PerformanceAgreement> agreement(long governmentId, long id);

    List<PerformanceAgreement> agreementsOwnedBy(long governmentId, long ownerId);

    List<PerformanceAgreement> agreementsToApprove(long governmentId, long approverId);

    /** The approved agreements of these owners in a year (the superiors' commitments a result may support). */
    List<PerformanceAgreement> approvedAgreements(long governmentId, Collection<Long> ownerIds, int year);

    /** Whether the owner has a revision of that year that is not superseded. */
    boolean hasCurrentAgreement(long governmentId, long ownerId, int year);

    /** The indicator with its objective and agreement. */
    Optional<Indicator> indicator(long governmentId, long indicatorId);

    /** The agreement indicators (of any agreement of the government) that serve one of these indicators. */
    List<Indicator> indicatorsServing(long governmentId, Collection<Long> indicatorIds);

    /** The agreements (any revision not superseded) owned by a unit for the years from..to, newest first. */
    List<PerformanceAgreement> agreementsOfUnit(long governmentId, long unitId, int fromYear, int toYear);

    Optional<Skp> skp(long governmentId, long id);

    List<Skp> skpsOf(long governmentId, long employeeId);

    List<Skp> skpsAppraisedBy(long governmentId, long appraiserId);

    /** The employees' SKPs of a year that are not closed, by employee id. */
    Map<Long, Skp> currentSkps(long governmentId, Collection<Long> employeeIds, int year);

    /** The results of these SKPs, in one query (status overviews of many people). */
    List<WorkResult> resultsOfSkps(long governmentId, Collection<Long> skpIds);

    /** Results (of any SKP of the government) that support one of these agreement indicators. */
    List<WorkResult> resultsSupportingIndicators(long governmentId, Collection<Long> indicatorIds);

    /** Results that support one of these SKP results. */
    List<WorkResult> resultsSupportingResults(long governmentId, Collection<Long> resultIds);

    Optional<WorkResult> result(long governmentId, long resultId);

    /** SKP counts per department id and state (oversight progress). */
    List<Object[]> skpCountsByDepartmentAndState(long governmentId, int year);

    /** SKP counts per unit id and state within one department. */
    List<Object[]> skpCountsByUnitAndState(long governmentId, long departmentId, int year);

    List<PerformanceDialogue> dialogues(long governmentId, String subjectType, long subjectId);

    List<PerformanceDialogue> dialoguesWith(long governmentId, long employeeId);

    /** The seven BerAKHLAK values: code → {name, guidance}, in order. */
    Map<String, String[]> behaviourValues();

    /** Increments an aggregate's version although only its parts changed, so concurrent edits conflict. */
    void bumpVersion(Object aggregateRoot);

    <T> T add(T entity);

    void flush();
}
