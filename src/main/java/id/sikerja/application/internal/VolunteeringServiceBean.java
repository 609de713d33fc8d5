package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.Volunteering;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.VolunteerApplication;
import id.sikerja.domain.assignment.VolunteerStep;
import id.sikerja.domain.assignment.WorkNeed;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Voluntary applications (pengajuan sukarela) and the needs heads announce for them, in the caller's
 * government. The steps follow the government's route ({@link VolunteerApplication#chainFor}) and are taken
 * through the step service.
 */
@Stateless
public class VolunteeringServiceBean implements Volunteering {

    static final SubjectType VOLUNTEER = SubjectType.VOLUNTEER;
    static final SubjectType WORK_NEED = SubjectType.WORK_NEED;

    private static final int LIST_LIMIT = 300;

    @Inject
    CurrentUser currentUser;

    @Inject
    AssignmentRepository repository;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AppraisalService appraisals;

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    WorkflowSteps steps;

    @Inject
    AssignmentSupport support;

    @Override
    public long announce(NewNeed data) {
        AccessScope scope = currentUser.scope();
        Employee me = support.me(scope);
        OrgUnit unit = me.placementOn(LocalDate.now()).filter(p -> p.getPosition().isHeadsUnit())
                .map(p -> p.getPosition().getUnit()).orElseThrow(() -> new AccessDeniedException("volunteer.announce"));
        WorkNeed need = repository.add(new WorkNeed(unit, me, data.title(), data.description(), data.openUntil()));
        repository.flush();
        audit.record(WORK_NEED, need.getId(), "volunteer.announce", null, "OPEN", null);
        return need.getId();
    }

    @Override
    public void closeNeed(long id, int version) {
        AccessScope scope = currentUser.scope();
        WorkNeed need = repository.need(scope.governmentId(), id).orElseThrow(() -> new NotFoundException("need", id));
        if (!need.getAnnouncedBy().getId().equals(scope.employeeId())
                && scope.headedPaths().stream().noneMatch(need.getUnit().getPath()::startsWith)) {
            throw new AccessDeniedException("volunteer.close");
        }
        ConcurrentEditException.check("need", need.getVersion(), version);
        need.close();
        audit.record(WORK_NEED, need.getId(), "volunteer.closeNeed", "OPEN", "CLOSED", null);
        repository.flush();
    }

    @Override
    public List<NeedRow> openNeeds() {
        AccessScope scope = currentUser.scope();
        LocalDate today = LocalDate.now();
        return repository.needsFor(scope.governmentId(), scope.ownUnitPath(), scope.headedPaths()).stream()
                .filter(n -> n.isOpenOn(today))
                .map(n -> new NeedRow(n.getId(), n.getVersion(), n.getTitle(), n.getDescription(), n.getUnit().getName(),
                        n.getOpenUntil(), n.getAnnouncedBy().getId().equals(scope.employeeId()))).toList();
    }

    @Override
    public long apply(NewApplication data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        OrgUnit own = me.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new BusinessRuleException("assignment.personNotPlaced", me.getName()));
        WorkNeed need = data.needId() == null ? null : repository.need(g, data.needId())
                .orElseThrow(() -> new NotFoundException("need", data.needId()));
        OrgUnit target = data.targetUnitId() == null ? null : organisation.unit(g, data.targetUnitId())
                .orElseThrow(() -> new NotFoundException("unit", data.targetUnitId()));
        VolunteerApplication a = new VolunteerApplication(me, own, target, need,
                support.policy(g).isVolunteerNeedsAnnouncement(), support.policy(g).getVolunteerRoute(), data.offer(), data.tasks(), data.startDate(), data.endDate());
        repository.add(a);
        repository.flush();
        nameNext(g, a);
        steps.started(a, "volunteer.apply", null);
        return a.getId();
    }

    /** Who takes a step: the own unit head (within the unit), the own appraiser, the target unit's head. */
    private Optional<Employee> actorFor(long g, VolunteerApplication a, VolunteerStep step) {
        AppraisalResult own = appraisals.session(g).derive(a.getEmployee(), LocalDate.now());
        return switch (step) {
            case HEAD_APPROVAL -> Optional.ofNullable(own.unitHead()).or(own::appraiserIfKnown);
            case OWN_RECOMMENDATION, OWN_APPROVAL -> own.appraiserIfKnown().or(() -> Optional.ofNullable(own.unitHead()));
            case TARGET_APPROVAL -> support.headOf(g, a.getTargetUnit());
        };
    }

    /** Names who takes the current step; the step service puts it into their inbox. */
    private void nameNext(long g, VolunteerApplication a) {
        if (a.getStatus() != SecondmentStatus.IN_PROGRESS) {
            return;
        }
        VolunteerStep step = a.currentStep();
        a.awaiting(actorFor(g, a, step).map(Employee::getId)
                .orElseThrow(() -> new BusinessRuleException("secondment.noActor", step)));
    }

    private VolunteerApplication visibleApplication(AccessScope scope, long id) {
        VolunteerApplication a = repository.application(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("volunteer", id));
        Long me = scope.employeeId();
        boolean visible = scope.seesWholeGovernment() || me != null && (me.equals(a.getEmployee().getId())
                || me.equals(a.getAwaitingId())) || scope.appraiseeIds().contains(a.getEmployee().getId())
                || scope.headedPaths().stream().anyMatch(p -> a.getOwnUnit().getPath().startsWith(p)
                || a.getTargetUnit().getPath().startsWith(p));
        if (!visible) {
            throw new AccessDeniedException("volunteer");
        }
        return a;
    }

    @Override
    public void approveApplication(long id, int version) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        VolunteerApplication a = steps.take(sc -> visibleApplication(sc, id), version, "volunteer.approve", null,
                (x, by) -> {
                    x.approve(by);
                    nameNext(g, x);
                });
        if (a.getStatus() == SecondmentStatus.COMPLETED) {
            grant(g, a, me);
        }
        repository.flush();
    }

    /**
     * The granted application becomes an assignment. Within the unit the letter follows the policy's signer;
     * across units the own appraiser/head who approved last signs it (PS Lampiran I huruf B angka 2 huruf c;
     * JB Lampiran II huruf B angka 2 huruf b angka c)), except where the partner unit assigns after the own
     * head's answer (KL Lampiran huruf B angka 2 huruf q angka 2) huruf b)).
     */
    private void grant(long g, VolunteerApplication a, Employee approver) {
        PolicyProfile policy = support.policy(g);
        Employee signer;
        if (a.getScope() == id.sikerja.domain.assignment.AssignmentScope.WITHIN_UNIT) {
            OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), a.getTargetUnit());
            signer = support.headOf(g, signingUnit)
                    .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        } else if (policy.getVolunteerRoute().partnerAssigns()) {
            signer = support.headOf(g, a.getTargetUnit())
                    .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", a.getTargetUnit().getName()));
        } else {
            signer = approver;
        }
        String basis = "Pengajuan sukarela " + a.getEmployee().getName()
                + (a.getNeed() == null ? "" : " atas kebutuhan \"" + a.getNeed().getTitle() + "\"")
                + " yang disetujui " + support.office(approver);
        Assignment assignment = new Assignment(a.getEmployee(), a.getTargetUnit(), approver, signer,
                policy.getAssignmentLetterSigner(), AssignmentMode.VOLUNTEER, AssignmentRole.INDIVIDUAL_FUNCTIONAL,
                null, a.taskList(), false, a.getStartDate(), a.getEndDate(), basis,
                support.copiesFor(g, a.getEmployee(), signer, List.of()), null).from(null, a.getId());
        repository.add(assignment);
        repository.flush();
        a.granted(assignment.getId());
        support.awaitSignature(assignment, approver);
    }

    @Override
    public void refuseApplication(long id, int version, String reason) {
        steps.take(sc -> visibleApplication(sc, id), version, "volunteer.refuse", reason,
                (a, by) -> a.refuse(by, reason));
    }

    @Override
    public List<ApplicationRow> applicationsInvolving() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        return repository.applicationsInvolving(g, scope.employeeId(), scope.headedPaths(), scope.seesWholeGovernment(),
                LIST_LIMIT).stream().map(a -> new ApplicationRow(a.getId(), a.getEmployee().getName(),
                a.getTargetUnit().getName(), a.getScope(), a.getStatus(), a.currentStep(), support.name(g, a.getAwaitingId()),
                Objects.equals(a.getAwaitingId(), scope.employeeId()))).toList();
    }

    @Override
    public ApplicationView application(long id) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        VolunteerApplication a = visibleApplication(scope, id);
        return new ApplicationView(a.getId(), a.getVersion(), a.getEmployee().getName(), a.getOwnUnit().getName(),
                a.getTargetUnit().getName(), a.getNeed() == null ? null : a.getNeed().getTitle(), a.getScope(),
                a.getOffer(), a.taskList(), a.getStartDate(), a.getEndDate(), a.getStatus(), a.currentStep(),
                support.name(g, a.getAwaitingId()), a.getAwaitingId() != null && a.getAwaitingId().equals(scope.employeeId()),
                a.steps(), a.getRefusedStep(), a.getRefusalReason(), a.getAssignmentId(),
                audit.history(VOLUNTEER, a.getId()));
    }
}
