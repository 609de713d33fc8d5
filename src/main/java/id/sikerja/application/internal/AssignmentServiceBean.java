package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.Assignments;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.policy.AppointmentRoute;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Assignments (penugasan) of the caller's government: who may appoint whom, a proposal's acceptance and the
 * letter's signature as steps of its chain ({@link Assignment#CHAIN}). Every call starts from the caller's
 * {@link AccessScope}.
 */
@Stateless
public class AssignmentServiceBean implements Assignments {

    static final SubjectType ASSIGNMENT = SubjectType.ASSIGNMENT;

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
    WorkflowSteps steps;



    @Inject
    AssignmentSupport support;

    @Override
    public List<AssignmentRow> mine() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return repository.assignmentsOf(scope.governmentId(), scope.employeeId()).stream().map(support::row).toList();
    }

    @Override
    public List<AssignmentRow> managed() {
        AccessScope scope = currentUser.scope();
        boolean all = scope.seesWholeGovernment();
        return repository.assignmentsManagedBy(scope.governmentId(), scope.employeeId(), scope.headedPaths(), all,
                LIST_LIMIT).stream().map(support::row).toList();
    }

    @Override
    public AssignmentView assignment(long id) {
        AccessScope scope = currentUser.scope();
        Assignment a = support.visibleAssignment(scope, id);
        Employee e = a.getEmployee();
        Optional<Placement> placement = e.placementOn(LocalDate.now());
        boolean canSign = a.getStatus() == AssignmentStatus.AWAITING_SIGNATURE
                && Objects.equals(a.getSigner().getId(), scope.employeeId());
        Optional<Employee> proposedTo = a.getProposedTo();
        boolean canAccept = a.getStatus() == AssignmentStatus.PROPOSED
                && proposedTo.map(x -> Objects.equals(x.getId(), scope.employeeId())).orElse(false);
        return new AssignmentView(a.getId(), a.getVersion(), e.getId(), e.getName(), AssignmentSupport.nip(e),
                e.getRank() == null ? null : e.getRank().getLabel(),
                placement.map(p -> p.getPosition().getTitle()).orElse(null), a.getOwnerUnit().getName(),
                a.getOwnerUnit().getDepartment().getName(), a.getAppointedBy().getName(), a.getSigner().getId(),
                a.getSigner().getName(), a.getRole(), a.getRoleDetail(), a.taskList(), a.isRoutine(),
                a.getStartDate(), a.getEndDate(), a.getLegalBasis(), a.getMode(), a.getScope(), a.getStatus(),
                a.getLetterKind(), a.getLetterNumber(), a.getLetterDate(), a.copyList(), a.getTeamId(),
                a.getSecondmentId(), a.getRefusalReason(), canSign, audit.history(ASSIGNMENT, a.getId()),
                proposedTo.map(Employee::getName).orElse(null), canAccept);
    }

    @Override
    public List<PersonOption> appointable(String text) {
        AccessScope scope = currentUser.scope();
        Employee me = support.me(scope);
        boolean regionalHead = regionalHeadAppoints(me, scope.governmentId());
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<PersonOption> result = new ArrayList<>();
        // The query narrows to the caller's reach (the regional head: everyone); the loop re-checks it.
        for (Placement p : organisation.searchActivePlacements(scope.governmentId(), needle, true,
                regionalHead ? null : scope.headedPaths(), scope.appraiseeIds(), LocalDate.now(), 31)) {
            Employee e = p.getEmployee();
            if (e.equals(me)) {
                continue;
            }
            String path = p.getPosition().getUnit().getPath();
            boolean inScope = regionalHead || scope.appraiseeIds().contains(e.getId())
                    || scope.headedPaths().stream().anyMatch(path::startsWith);
            if (inScope && (needle.isEmpty() || e.getName().toLowerCase(Locale.ROOT).contains(needle)
                    || e.getNip() != null && e.getNip().value().contains(needle)
                    || p.getPosition().getTitle().toLowerCase(Locale.ROOT).contains(needle))) {
                result.add(support.person(p));
                if (result.size() >= 30) {
                    break;
                }
            }
        }
        return result;
    }

    /** KU Pasal 11 ayat (3): the Kepala Daerah appoints directly where the government's policy says so. */
    private boolean regionalHeadAppoints(Employee me, long g) {
        return AssignmentSupport.isRegionalHead(me) && support.policy(g).isRegionalHeadAppoints();
    }

    /**
     * Who gives whom the work, and how: the caller's reach ({@link Assignment#requireAppointer}) and the
     * government's appointment route ({@link AppointmentRoute#acceptor}), which may make it a proposal.
     */
    private record Appointment(Employee me, Employee person, OrgUnit owner, PolicyProfile policy,
                               Optional<Employee> acceptor) {
    }

    private Appointment appointment(AccessScope scope, Long employeeId) {
        long g = scope.governmentId();
        Employee me = support.me(scope);
        if (employeeId == null) {
            throw new BusinessRuleException("assignment.employeeRequired");
        }
        Employee person = organisation.employee(g, employeeId)
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        OrgUnit personUnit = person.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new BusinessRuleException("assignment.personNotPlaced", person.getName()));
        Optional<OrgUnit> headedUnit = me.placementOn(LocalDate.now()).filter(p -> p.getPosition().isHeadsUnit())
                .map(p -> p.getPosition().getUnit());
        boolean heads = headedUnit.map(u -> AssignmentScope.within(u, personUnit)).orElse(false);
        AppraisalResult derived = appraisals.session(g).derive(person, LocalDate.now());
        boolean appraises = scope.appraiseeIds().contains(person.getId())
                || derived.appraiserIfKnown().map(me::equals).orElse(false);
        PolicyProfile policy = support.policy(g);
        boolean regionalHead = AssignmentSupport.isRegionalHead(me) && policy.isRegionalHeadAppoints();
        Assignment.requireAppointer(heads, appraises, regionalHead);
        Optional<Employee> acceptor = regionalHead ? Optional.empty() : policy.getAppointmentRoute()
                .acceptor(me, appraises ? me : derived.appraiser(), derived.performanceOwner());
        return new Appointment(me, person, heads ? headedUnit.get() : personUnit, policy, acceptor);
    }

    @Override
    public AppointmentRouteView routeFor(long employeeId) {
        Appointment plan = appointment(currentUser.scope(), employeeId);
        return plan.acceptor().map(x -> new AppointmentRouteView(true, x.getName(), support.office(x),
                plan.policy().getAppointmentRoute().acceptorOfficeKey())).orElse(AppointmentRouteView.DIRECT);
    }

    @Override
    public long appoint(NewAssignment data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Appointment plan = appointment(scope, data.employeeId());
        PolicyProfile policy = plan.policy();
        OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), plan.owner());
        Employee signer = support.headOf(g, signingUnit)
                .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        List<String> copies = support.copiesFor(g, plan.person(), signer, List.of());
        Assignment a = new Assignment(plan.person(), plan.owner(), plan.me(), signer,
                policy.getAssignmentLetterSigner(), AssignmentMode.APPOINTMENT, data.role(), data.roleDetail(),
                data.tasks(), data.routine(), data.startDate(), data.endDate(), data.legalBasis(), copies,
                data.teamId());
        plan.acceptor().ifPresent(a::proposeTo);
        repository.add(a);
        repository.flush();
        if (plan.acceptor().isPresent()) {
            steps.started(a, "assignment.propose", null);
        } else {
            support.awaitSignature(a, plan.me());
        }
        return a.getId();
    }

    @Override
    public void accept(long id, int version) {
        Assignment a = steps.take(scope -> support.visibleAssignment(scope, id), version, "assignment.accept", null,
                Assignment::accept);
        // The one who accepts appoints; where they also sign the letter it is signed at once, as for a direct one.
        if (a.getSigner().getId().equals(currentUser.scope().employeeId())) {
            support.issue(scope -> a, a.getVersion());
        }
    }

    @Override
    public void decline(long id, int version, String reason) {
        steps.take(scope -> support.visibleAssignment(scope, id), version, "assignment.decline", reason,
                (a, me) -> a.decline(me, reason));
    }

    @Override
    public void sign(long id, int version) {
        support.issue(scope -> support.visibleAssignment(scope, id), version);
    }

    @Override
    public void refuse(long id, int version, String reason) {
        steps.take(scope -> support.visibleAssignment(scope, id), version, "assignment.refuse", reason,
                (a, me) -> a.refuse(me, reason));
    }

    @Override
    public byte[] letterPdf(long id) {
        AccessScope scope = currentUser.scope();
        Assignment a = support.visibleAssignment(scope, id);
        if (a.getStatus() != AssignmentStatus.ISSUED) {
            throw new BusinessRuleException("assignment.letterNotIssued");
        }
        return support.letterPdf(scope.governmentId(), a);
    }
}
