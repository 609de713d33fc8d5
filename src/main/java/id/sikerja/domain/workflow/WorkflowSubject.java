package id.sikerja.domain.workflow;

import java.util.Optional;

/**
 * Something that walks an approval {@link Chain}: an SKP, an agreement, a team, an assignment... The
 * application's step service needs only this to check the version, write the audit entry and move the
 * inbox tasks; what a step changes stays in the aggregate's own methods.
 */
public interface WorkflowSubject<S extends Enum<S>> {

    SubjectType subjectType();

    Long getId();

    /** The optimistic-lock version the person saw must still be this one. */
    int getVersion();

    long getGovernmentId();

    S getState();

    Chain<S> chain();

    /** What the subject is, in words the people in its inbox recognise (e.g. "SKP 2026 — Siti Rahma"). */
    String title();

    /**
     * The employee who stands to the subject as {@code party} where the subject itself records it (its
     * owner, appraiser, approver, the person its current step names); empty where the organisation
     * tree must say (a unit or department head, an authority).
     */
    Optional<Long> holderOf(Actor party);

    /** The state as the audit trail records it; a {@link StepSequence} records its current step. */
    default String stateLabel() {
        return getState().name();
    }

    /** The inbox action of a wait; a {@link StepSequence} names its current step. */
    default String inboxAction(Chain.Wait wait) {
        return wait.inboxAction();
    }
}
