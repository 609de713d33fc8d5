package id.sikerja.application.internal;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Dialogues;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.planning.PerformanceDialogue;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link Dialogues}: records performance dialogues and lists them; who is involved in a subject, and who
 * may read its dialogues, is answered by {@link DialogueSubjects}. Every call scoped through
 * {@link CurrentUser#scope()}.
 */
@Stateless
public class DialogueServiceBean implements Dialogues {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlanningRepository planning;

    @Inject
    OrganisationRepository organisation;

    @Inject
    PlanningSupport support;

    @Inject
    DialogueSubjects subjects;

    @Inject
    AuditTrail audit;

    @Override
    public long recordDialogue(DialogueData data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        long me = requireEmployee(scope);
        DialogueSubjects.Subject subject = subjects.of(scope, data.subjectType(), data.subjectId());
        if (!subject.involves(me)) {
            throw new AccessDeniedException("dialogue.record");
        }
        Set<Long> participants = new LinkedHashSet<>(data.participantIds() == null ? Set.of() : data.participantIds());
        for (Long p : participants) {
            support.employee(g, p);
        }
        if (!subject.involvesAll(participants)) {
            throw new BusinessRuleException("dialogue.participantNotInvolved");
        }
        PerformanceDialogue d = planning.add(new PerformanceDialogue(g, data.subjectType(), data.subjectId(),
                data.heldOn(), data.stage(), participants, me, data.expectations(), data.targets(), data.resources(),
                data.followUps(), LocalDate.now()));
        planning.flush();
        audit.record(DIALOGUE, d.getId(), "dialogue.record", null, d.getStage().name(), null);
        // the subject's own history shows it too (SKP, ASSIGNMENT and TEAM are also their audit subject types)
        audit.record(SubjectType.valueOf(data.subjectType()), data.subjectId(), "dialogue.record", null, d.getStage().name(), null);
        return d.getId();
    }

    @Override
    public List<DialogueRow> dialogues(String subjectType, long subjectId) {
        AccessScope scope = currentUser.scope();
        readable(scope, subjectType, subjectId);
        return rows(scope.governmentId(), planning.dialogues(scope.governmentId(), subjectType, subjectId));
    }

    @Override
    public DialogueSubjectView dialogueSubject(String subjectType, long subjectId) {
        AccessScope scope = currentUser.scope();
        DialogueSubjects.Subject subject = readable(scope, subjectType, subjectId);
        List<PersonOption> others = subject.involved().stream()
                .filter(p -> !Objects.equals(p.id(), scope.employeeId())).toList();
        return new DialogueSubjectView(subjectType, subjectId, subject.involved(), others,
                subject.involves(scope.employeeId()), rows(scope.governmentId(), planning.dialogues(scope.governmentId(), subjectType, subjectId)));
    }

    private DialogueSubjects.Subject readable(AccessScope scope, String subjectType, long subjectId) {
        DialogueSubjects.Subject subject = subjects.of(scope, subjectType, subjectId);
        if (!subject.readable()) {
            throw new AccessDeniedException("dialogue");
        }
        return subject;
    }

    @Override
    public List<DialogueRow> myDialogues() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return rows(scope.governmentId(), planning.dialoguesWith(scope.governmentId(), scope.employeeId()));
    }

    private List<DialogueRow> rows(long g, List<PerformanceDialogue> list) {
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(d -> new DialogueRow(d.getId(), d.getHeldOn(), d.getStage(), d.getSubjectType(),
                d.getSubjectId(), d.getParticipantIds().stream()
                .map(id -> names.computeIfAbsent(id, x -> organisation.employee(g, x).map(Employee::getName).orElse("?")))
                .toList(), d.getAgreedExpectations(), d.getAgreedTargets(), d.getAgreedResources(), d.getFollowUps()))
                .toList();
    }

    private static long requireEmployee(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return scope.employeeId();
    }
}
