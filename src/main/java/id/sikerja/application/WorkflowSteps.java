package id.sikerja.application;

import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.WorkflowSubject;

import java.util.Optional;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Carries out one step of an approval chain, the same way for every chain: load the subject under the
 * caller's scope, check the version the person saw, let the aggregate take the step (its chain decides
 * whether it may), record the audit entry (who, from, to, why), close the subject's open inbox tasks and
 * open the one its chain waits for next, all in the caller's transaction.
 * <p>
 * The demo loader takes the same steps through {@link #takeAs}, in the name of the person who would take
 * them, so no step is written twice.
 */
public interface WorkflowSteps {

    /**
     * Takes a step as the signed-in user.
     *
     * @param visible     loads the subject, refusing what the caller's scope does not cover
     * @param versionSeen the version the person saw; another one means someone else changed it first
     * @param action      the chain's step, e.g. {@code skp.approve}; also the audit action
     * @param reason      why (a return, a refusal), or null
     * @param step        the aggregate's own method, given the subject and the caller's employee id
     * @return the subject after the step
     */
    <S extends Enum<S>, T extends WorkflowSubject<S>> T take(Function<AccessScope, T> visible, int versionSeen,
                                                            String action, String reason, BiConsumer<T, Long> step);

    /**
     * As {@link #take(Function, int, String, String, BiConsumer)}, for chains whose next actor only the
     * organisation tree knows (a unit head, the signer of a decree, the Sekda): {@code others} names them.
     */
    <S extends Enum<S>, T extends WorkflowSubject<S>> T take(Function<AccessScope, T> visible, int versionSeen,
                                                            String action, String reason, BiConsumer<T, Long> step,
                                                            Function<Actor, Optional<Long>> others);

    /** Takes a step in the name of {@code actor}, for trusted server-side code that acts without a request. */
    <S extends Enum<S>, T extends WorkflowSubject<S>> T takeAs(SystemActor actor, T subject, String action,
                                                              String reason, BiConsumer<T, Long> step);

    /** Records that a subject came into being (its first state), with the task its chain waits for, if any. */
    <S extends Enum<S>> void started(WorkflowSubject<S> subject, String action, String reason);

    /** As {@link #started}, for chains whose first actor only the organisation tree knows. */
    <S extends Enum<S>> void started(WorkflowSubject<S> subject, String action, String reason,
                                     Function<Actor, Optional<Long>> others);

    /** As {@link #started}, in the name of {@code actor}. */
    <S extends Enum<S>> void startedAs(SystemActor actor, WorkflowSubject<S> subject, String action, String reason);

    /**
     * Who takes a step when nobody is signed in: a username for the audit trail and the employee the
     * step is taken for (e.g. the demo loader acting as the appraiser who approves).
     */
    record SystemActor(long governmentId, String username, Long employeeId) {
    }
}
