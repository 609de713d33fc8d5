package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
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
                action, reason, step);
    }

    @Override
    public <S extends Enum<S>, T extends WorkflowSubject<S>> T takeAs(SystemActor actor, T subject, String action,
                                                                     String reason, BiConsumer<T, Long> step) {
        if (subject.getGovernmentId() != actor.governmentId()) {
            throw new IllegalArgumentException("actor of another government");
        }
        return apply(actor, subject, action, reason, step);
    }

    private <S extends Enum<S>, T extends WorkflowSubject<S>> T apply(SystemActor actor, T subject, String action,
                                                                     String reason, BiConsumer<T, Long> step) {
        S from = subject.getState();
        step.accept(subject, actor.employeeId());
        workflow.add(new AuditEntry(subject.getGovernmentId(), actor.username(), actor.employeeId(),
                subject.subjectType(), subject.getId(), action, from.name(), subject.getState().name(), reason));
        for (InboxTask open : workflow.openTasks(subject.getGovernmentId(), subject.subjectType(), subject.getId())) {
            open.complete(actor.username());
        }
        openNextTask(subject);
        workflow.flush();
        return subject;
    }

    @Override
    public <S extends Enum<S>> void started(WorkflowSubject<S> subject, String action, String reason) {
        AccessScope scope = currentUser.scope();
        startedAs(new SystemActor(scope.governmentId(), currentUser.username(), scope.employeeId()), subject, action,
                reason);
    }

    @Override
    public <S extends Enum<S>> void startedAs(SystemActor actor, WorkflowSubject<S> subject, String action,
                                              String reason) {
        workflow.add(new AuditEntry(subject.getGovernmentId(), actor.username(), actor.employeeId(),
                subject.subjectType(), subject.getId(), action, null, subject.getState().name(), reason));
        openNextTask(subject);
    }

    /** The chain says who waits in the new state; the subject (or, later, the organisation tree) says who that is. */
    private static <S extends Enum<S>> Optional<InboxTask> nextTask(WorkflowSubject<S> subject) {
        Chain<S> chain = subject.chain();
        return chain.waitIn(subject.getState()).map(w -> new InboxTask(subject.getGovernmentId(),
                subject.holderOf(w.party()).orElseThrow(() -> new BusinessRuleException("workflow.nobodyToAct", w.party())),
                subject.subjectType(), subject.getId(), w.inboxAction(), subject.title(), null));
    }

    private <S extends Enum<S>> void openNextTask(WorkflowSubject<S> subject) {
        nextTask(subject).ifPresent(workflow::add);
    }
}
