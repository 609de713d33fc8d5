package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.AuditEntry;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.InboxTask;
import id.sikerja.domain.workflow.WorkflowRepository;
import id.sikerja.domain.workflow.WorkflowSubject;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** {@link WorkflowSteps}: joins the caller's transaction, so a step, its audit entry and its inbox tasks commit together. */
@Stateless
public class WorkflowStepsBean implements WorkflowSteps {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkflowRepository workflow;

    @Override
    public <S extends Enum<S>, T extends WorkflowSubject<S>> T take(Function<AccessScope, T> visible, int versionSeen,
                                                                   String action, String reason,
                                                                   BiConsumer<T, Long> step) {
        return take(visible, versionSeen, action, reason, step, actor -> Optional.empty());
    }

    @Override
    public <S extends Enum<S>, T extends WorkflowSubject<S>> T take(Function<AccessScope, T> visible, int versionSeen,
                                                                   String action, String reason,
                                                                   BiConsumer<T, Long> step,
                                                                   Function<Actor, Optional<Long>> others) {
        AccessScope scope = currentUser.scope();
        T subject = visible.apply(scope);
        if (subject.getGovernmentId() != scope.governmentId()) {
            throw new AccessDeniedException(subject.subjectType().name());
        }
        ConcurrentEditException.check(subject.subjectType().name().toLowerCase(java.util.Locale.ROOT),
                subject.getVersion(), versionSeen);
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return apply(new SystemActor(scope.governmentId(), currentUser.username(), scope.employeeId()), subject,
                action, reason, step, others);
    }

    @Override
    public <S extends Enum<S>, T extends WorkflowSubject<S>> T takeAs(SystemActor actor, T subject, String action,
                                                                     String reason, BiConsumer<T, Long> step) {
        if (subject.getGovernmentId() != actor.governmentId()) {
            throw new IllegalArgumentException("actor of another government");
        }
        return apply(actor, subject, action, reason, step, a -> Optional.empty());
    }

    private <S extends Enum<S>, T extends WorkflowSubject<S>> T apply(SystemActor actor, T subject, String action,
                                                                     String reason, BiConsumer<T, Long> step,
                                                                     Function<Actor, Optional<Long>> others) {
        S from = subject.getState();
        String fromLabel = subject.stateLabel();
        step.accept(subject, actor.employeeId());
        workflow.add(new AuditEntry(subject.getGovernmentId(), actor.username(), actor.employeeId(),
                subject.subjectType(), subject.getId(), action, fromLabel, subject.stateLabel(), reason));
        for (InboxTask open : workflow.openTasks(subject.getGovernmentId(), subject.subjectType(), subject.getId())) {
            open.complete(actor.username());
        }
        subject.chain().waitAfter(action, from, subject.getState())
                .ifPresent(w -> workflow.add(task(subject, w, others)));
        workflow.flush();
        return subject;
    }

    @Override
    public <S extends Enum<S>> void started(WorkflowSubject<S> subject, String action, String reason) {
        started(subject, action, reason, a -> Optional.empty());
    }

    @Override
    public <S extends Enum<S>> void started(WorkflowSubject<S> subject, String action, String reason,
                                            Function<Actor, Optional<Long>> others) {
        AccessScope scope = currentUser.scope();
        start(new SystemActor(scope.governmentId(), currentUser.username(), scope.employeeId()), subject, action,
                reason, others);
    }

    @Override
    public <S extends Enum<S>> void startedAs(SystemActor actor, WorkflowSubject<S> subject, String action,
                                              String reason) {
        start(actor, subject, action, reason, a -> Optional.empty());
    }

    private <S extends Enum<S>> void start(SystemActor actor, WorkflowSubject<S> subject, String action,
                                           String reason, Function<Actor, Optional<Long>> others) {
        workflow.add(new AuditEntry(subject.getGovernmentId(), actor.username(), actor.employeeId(),
                subject.subjectType(), subject.getId(), action, null, subject.stateLabel(), reason));
        subject.chain().waitIn(subject.getState()).ifPresent(w -> workflow.add(task(subject, w, others)));
    }

    /** The chain says who waits; the subject, else the organisation tree ({@code others}), says who that is. */
    private static <S extends Enum<S>> InboxTask task(WorkflowSubject<S> subject, Chain.Wait wait,
                                                      Function<Actor, Optional<Long>> others) {
        long assignee = subject.holderOf(wait.party()).or(() -> others.apply(wait.party()))
                .orElseThrow(() -> new BusinessRuleException("workflow.nobodyToAct", wait.party()));
        return new InboxTask(subject.getGovernmentId(), assignee, subject.subjectType(), subject.getId(),
                subject.inboxAction(wait), subject.title(), null);
    }
}
