package id.sikerja.application;

import id.sikerja.domain.workflow.SubjectType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit trail of workflow steps (who, when, from, to, why). Services call {@link #record} in
 * the same transaction as the step, so a step and its entry are stored together or not at all.
 */
public interface AuditTrail {

    /**
     * Records a step taken by the signed-in user in their government.
     *
     * @param subjectType a stable code of the kind of subject, e.g. {@code SKP}, {@code AGREEMENT}
     * @param action      a message-key suffix, shown as {@code audit.action.<action>}, e.g. {@code skp.submit}
     * @param fromState   the state before the step (null for a creation)
     * @param toState     the state after the step
     * @param reason      why, where the step needs one (a return, a refusal); may be null
     */
    void record(SubjectType subjectType, long subjectId, String action, String fromState, String toState, String reason);

    /** The steps taken on a subject of the caller's government, oldest first. */
    List<Entry> history(SubjectType subjectType, long subjectId);

    /** One step as shown on a page. */
    record Entry(OffsetDateTime at, String actorUsername, String actorName, String action, String fromState,
                 String toState, String reason) {
    }
}
