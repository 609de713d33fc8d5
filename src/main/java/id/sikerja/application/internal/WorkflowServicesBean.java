package id.sikerja.application.internal;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.workflow.AuditEntry;
import id.sikerja.domain.workflow.InboxTask;
import id.sikerja.domain.workflow.LetterSequence;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.workflow.WorkflowRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audit trail, inbox and letter numbers of the caller's government. Every method joins the caller's
 * transaction (the default), so a workflow step, its audit entry and its inbox changes commit together.
 */
@Stateless
public class WorkflowServicesBean implements AuditTrail, Inbox, LetterNumbers {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkflowRepository workflow;

    @Inject
    OrganisationRepository organisation;

    // ---- audit trail

    @Override
    public void record(SubjectType subjectType, long subjectId, String action, String fromState, String toState,
                       String reason) {
        AccessScope scope = currentUser.scope();
        workflow.add(new AuditEntry(scope.governmentId(), currentUser.username(), scope.employeeId(), subjectType,
                subjectId, action, fromState, toState, reason));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditTrail.Entry> history(SubjectType subjectType, long subjectId) {
        AccessScope scope = currentUser.scope();
        Map<Long, String> names = new HashMap<>();
        return workflow.history(scope.governmentId(), subjectType, subjectId).stream()
                .map(a -> new AuditTrail.Entry(a.getAt(), a.getActorUsername(),
                        a.getActorEmployeeId() == null ? null
                                : names.computeIfAbsent(a.getActorEmployeeId(), id -> name(scope.governmentId(), id)),
                        a.getAction(), a.getFromState(), a.getToState(), a.getReason()))
                .toList();
    }

    private String name(long governmentId, long employeeId) {
        return organisation.employee(governmentId, employeeId).map(Employee::getName).orElse(null);
    }

    // ---- inbox

    @Override
    public void open(long assigneeEmployeeId, SubjectType subjectType, long subjectId, String action, String title,
                     String link) {
        AccessScope scope = currentUser.scope();
        organisation.employee(scope.governmentId(), assigneeEmployeeId).orElseThrow(() -> new NotFoundException("employee", assigneeEmployeeId));
        workflow.add(new InboxTask(scope.governmentId(), assigneeEmployeeId, subjectType, subjectId, action, title,
                link));
    }

    @Override
    public void closeAll(SubjectType subjectType, long subjectId) {
        AccessScope scope = currentUser.scope();
        for (InboxTask task : workflow.openTasks(scope.governmentId(), subjectType, subjectId)) {
            task.complete(currentUser.username());
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Item> mine() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        String me = name(scope.governmentId(), scope.employeeId());
        return workflow.openTasksOf(scope.governmentId(), scope.employeeId()).stream()
                .map(t -> item(t, me)).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countMine() {
        AccessScope scope = currentUser.scope();
        return scope.employeeId() == null ? 0 : workflow.countOpenTasksOf(scope.governmentId(), scope.employeeId());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Item> waitingOn(SubjectType subjectType, long subjectId) {
        AccessScope scope = currentUser.scope();
        return workflow.openTasks(scope.governmentId(), subjectType, subjectId).stream()
                .map(t -> item(t, name(scope.governmentId(), t.getAssigneeId()))).toList();
    }

    private static Item item(InboxTask t, String assigneeName) {
        return new Item(t.getId(), t.getSubjectType(), t.getSubjectId(), t.getAction(), t.getTitle(), t.getLink(),
                t.getOpenedAt(), t.getAssigneeId(), assigneeName);
    }

    // ---- letter numbers

    @Override
    public String next(Long departmentId, String kindCode, LocalDate date) {
        AccessScope scope = currentUser.scope();
        long government = scope.governmentId();
        String departmentCode = null;
        if (departmentId != null) {
            Optional<Department> department = organisation.department(government, departmentId);
            departmentCode = department.orElseThrow(() -> new NotFoundException("department", departmentId)).getCode();
        }
        PolicyProfile policy = organisation.policy(government).orElseThrow(() -> new NotFoundException("policy", government));
        LetterSequence sequence = workflow.lockSequence(government, departmentId, kindCode, date.getYear());
        return policy.formatLetterNumber(sequence.next(), kindCode, departmentCode, date);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Counter> counters(int year) {
        AccessScope scope = currentUser.scope();
        if (!scope.has(id.sikerja.domain.access.Role.ADMIN) && !scope.has(id.sikerja.domain.access.Role.OVERSIGHT)) {
            throw new id.sikerja.domain.shared.AccessDeniedException("letter counters");
        }
        Map<Long, String> names = new HashMap<>();
        return workflow.sequences(scope.governmentId(), year).stream()
                .map(s -> new Counter(s.getDepartmentId(), s.getDepartmentId() == null ? null
                        : names.computeIfAbsent(s.getDepartmentId(), d -> organisation.department(scope.governmentId(), d)
                                .map(Department::getName).orElse(null)), s.getKind(), s.getYear(), s.getLastValue()))
                .toList();
    }

    @Override
    public void continueAfter(Long departmentId, String kindCode, int year, int lastUsed) {
        AccessScope scope = currentUser.scope();
        scope.requireAdmin();
        if (kindCode == null || !kindCode.strip().matches("[A-Za-z0-9.-]{1,40}")) {
            throw new id.sikerja.domain.shared.BusinessRuleException("letter.kindInvalid");
        }
        if (departmentId != null) {
            organisation.department(scope.governmentId(), departmentId)
                    .orElseThrow(() -> new NotFoundException("department", departmentId));
        }
        LetterSequence sequence = workflow.lockSequence(scope.governmentId(), departmentId, kindCode.strip(), year);
        int before = sequence.getLastValue();
        sequence.continueAfter(lastUsed);
        record(SubjectType.LETTER_COUNTER, sequence.getId(), "letter.continue", Integer.toString(before),
                Integer.toString(lastUsed), kindCode.strip() + " " + year);
    }
}
