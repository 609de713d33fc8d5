package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.Assignments.AssignmentRow;
import id.sikerja.application.Assignments.PersonOption;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.Secondments;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Requests for staff of another unit or department (permohonan pelibatan) of the caller's government. The
 * steps come from the policy ({@link SecondmentRequest#chainFor}) and are taken through the step service;
 * who takes which step is resolved here from the organisation.
 */
@Stateless
public class SecondmentServiceBean implements Secondments {

    static final SubjectType SECONDMENT = SubjectType.SECONDMENT;

    private static final int LIST_LIMIT = 300;

    @Inject
    CurrentUser currentUser;

    @Inject
    AssignmentRepository repository;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    WorkflowSteps steps;

    @Inject
    LetterNumbers letterNumbers;

    @Inject
    DocumentRenderer renderer;

    @Inject
    AssignmentLetters letters;

    @Inject
    AssignmentSupport support;

    @Override
    public List<UnitOption> targetUnits(String text) {
        AccessScope scope = currentUser.scope();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return organisation.searchUnits(scope.governmentId(), text.strip(), 30).stream()
                .filter(u -> u.isActive() && scope.headedPaths().stream().noneMatch(u.getPath()::startsWith))
                .map(u -> new UnitOption(u.getId(), u.getName(), u.getDepartment().getName())).toList();
    }

    @Override
    public long request(NewSecondment data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        OrgUnit own = me.placementOn(LocalDate.now()).filter(p -> p.getPosition().isHeadsUnit())
                .map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new AccessDeniedException("secondment.request"));
        if (data.targetUnitId() == null) {
            throw new BusinessRuleException("secondment.targetRequired");
        }
        OrgUnit target = organisation.unit(g, data.targetUnitId())
                .orElseThrow(() -> new NotFoundException("unit", data.targetUnitId()));
        SecondmentRequest s = new SecondmentRequest(own, me, target, support.policy(g).getCrossDepartmentApproval(),
                data.purpose(), data.competences(), data.expectedTargets(), data.duration(), data.startDate(),
                data.endDate(), data.headcount());
        repository.add(s);
        repository.flush();
        if (!s.requestSignedByOwnAuthority()) {
            s.recordRequestLetter(letterNumbers.next(own.getDepartment().getId(), "PMH", LocalDate.now()),
                    LocalDate.now(), me.getId());
        }
        nameNext(g, s);
        steps.started(s, "secondment.request", null);
        return s.getId();
    }

    /** Names who takes the current step; the step service puts it into their inbox. */
    private void nameNext(long g, SecondmentRequest s) {
        if (s.getStatus() != SecondmentStatus.IN_PROGRESS) {
            return;
        }
        SecondmentStep step = s.currentStep();
        s.awaiting(actorFor(g, s, step).map(Employee::getId)
                .orElseThrow(() -> new BusinessRuleException("secondment.noActor", step)));
    }

    /** The person who takes a step: the authorities are the department heads, Kepala Daerah and Sekda hold their posts. */
    private Optional<Employee> actorFor(long g, SecondmentRequest s, SecondmentStep step) {
        return switch (step) {
            case OWN_AUTHORITY_FORWARD -> support.headOf(g, AssignmentSupport.root(s.getRequestingUnit()));
            case TARGET_AUTHORITY_APPROVAL -> support.headOf(g, AssignmentSupport.root(s.getTargetUnit()));
            case REGIONAL_HEAD_RECOMMENDATION -> support.headOfDepartmentType(g, UnitType.KEPALA_DAERAH);
            case REGIONAL_SECRETARY_APPROVAL -> support.headOfDepartmentType(g, UnitType.SEKRETARIAT_DAERAH);
            case TARGET_NOMINATION -> support.headOf(g, s.getTargetUnit());
        };
    }

    private SecondmentRequest visible(AccessScope scope, long id) {
        SecondmentRequest s = repository.secondment(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("secondment", id));
        if (!support.mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        return s;
    }

    @Override
    public void approveStep(long id, int version) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> visible(scope, id), version, "secondment.approve", null, (s, me) -> {
            SecondmentStep step = s.approve(me);
            LocalDate today = LocalDate.now();
            if (step == SecondmentStep.OWN_AUTHORITY_FORWARD) {
                s.recordRequestLetter(letterNumbers.next(s.getRequestingUnit().getDepartment().getId(), "PMH",
                        today), today, me);
            } else if (step == SecondmentStep.REGIONAL_HEAD_RECOMMENDATION) {
                s.recordRecommendation(letterNumbers.next(support.departmentOf(support.employee(g, me)), "REK",
                        today), today, me);
            }
            nameNext(g, s);
        });
    }

    @Override
    public void refuseStep(long id, int version, String reason) {
        steps.take(scope -> visible(scope, id), version, "secondment.refuse", reason, (s, me) -> s.refuse(me, reason));
    }

    @Override
    public List<PersonOption> candidates(long id) {
        AccessScope scope = currentUser.scope();
        SecondmentRequest s = repository.secondment(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("secondment", id));
        if (!Objects.equals(s.getAwaitingId(), scope.employeeId()) || s.currentStep() != SecondmentStep.TARGET_NOMINATION) {
            return List.of();
        }
        String path = s.getTargetUnit().getPath();
        return organisation.activePlacementsUnder(scope.governmentId(), path, LocalDate.now()).stream()
                .filter(p -> !p.getPosition().isHeadsUnit())
                .sorted(Comparator.comparing((Placement p) -> p.getEmployee().getName()))
                .map(support::person).toList();
    }

    @Override
    public void nominate(long id, int version, Nomination nomination) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        Set<Long> ids = new LinkedHashSet<>(nomination.employeeIds() == null ? List.of() : nomination.employeeIds());
        List<Employee> people = new ArrayList<>();
        SecondmentRequest s = steps.take(sc -> visible(sc, id), version, "secondment.nominate", null, (x, by) -> {
            x.nominate(by, ids.size());
            for (Long employeeId : ids) {
                Employee e = organisation.employee(g, employeeId)
                        .orElseThrow(() -> new NotFoundException("employee", employeeId));
                boolean inTarget = e.placementOn(LocalDate.now())
                        .map(p -> AssignmentScope.within(x.getTargetUnit(), p.getPosition().getUnit())).orElse(false);
                if (!inTarget) {
                    throw new BusinessRuleException("secondment.nomineeOutsideTarget", e.getName());
                }
                people.add(e);
            }
            LocalDate today = LocalDate.now();
            x.recordAnswer(letterNumbers.next(support.departmentOf(me), "JWB", today), today, by);
        });

        PolicyProfile policy = support.policy(g);
        OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), s.getTargetUnit());
        Employee signer = support.headOf(g, signingUnit)
                .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        List<String> tasks = nomination.tasks() == null || nomination.tasks().stream().allMatch(t -> t == null || t.isBlank())
                ? List.of(s.getExpectedTargets()) : nomination.tasks();
        AssignmentRole role = nomination.role() == null ? AssignmentRole.INDIVIDUAL_FUNCTIONAL : nomination.role();
        String basis = letters.secondmentBasis(s);
        List<String> authorities = new ArrayList<>();
        support.headOf(g, AssignmentSupport.root(s.getTargetUnit())).ifPresent(h -> authorities.add(support.office(h)));
        support.headOf(g, AssignmentSupport.root(s.getRequestingUnit())).ifPresent(h -> authorities.add(support.office(h)));
        for (Employee e : people) {
            Assignment a = new Assignment(e, s.getRequestingUnit(), me, signer, policy.getAssignmentLetterSigner(),
                    AssignmentMode.APPOINTMENT, role, nomination.roleDetail(), tasks, false, s.getStartDate(),
                    s.getEndDate(), basis, support.copiesFor(g, e, signer, authorities), null).from(s.getId(), null);
            repository.add(a);
            repository.flush();
            support.awaitSignature(a, me);
        }
        repository.flush();
    }

    @Override
    public List<SecondmentRow> involving() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        return repository.secondmentsInvolving(g, scope.employeeId(), scope.headedPaths(), scope.seesWholeGovernment(),
                LIST_LIMIT).stream().map(s -> new SecondmentRow(s.getId(), s.getScope(), s.getRequestingUnit().getName(),
                s.getTargetUnit().getName(), s.getPurpose(), s.getStatus(), s.currentStep(), support.name(g, s.getAwaitingId()),
                Objects.equals(s.getAwaitingId(), scope.employeeId()))).toList();
    }

    @Override
    public SecondmentView secondment(long id) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = repository.secondment(g, id).orElseThrow(() -> new NotFoundException("secondment", id));
        if (!support.mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        List<StepView> steps = new ArrayList<>();
        List<SecondmentStep> chain = s.steps();
        for (int i = 0; i < chain.size(); i++) {
            String state;
            if (s.getStatus() == SecondmentStatus.REFUSED && chain.get(i) == s.getRefusedStep()) {
                state = "REFUSED";
            } else if (i < s.getStepIndex() || s.getStatus() == SecondmentStatus.COMPLETED) {
                state = "DONE";
            } else if (i == s.getStepIndex() && s.getStatus() == SecondmentStatus.IN_PROGRESS) {
                state = "CURRENT";
            } else {
                state = "PENDING";
            }
            steps.add(new StepView(chain.get(i), state));
        }
        List<AssignmentRow> assignments = repository.assignmentsOfSecondment(g, id).stream().map(support::row).toList();
        return new SecondmentView(s.getId(), s.getVersion(), s.getScope(), s.getRequestingUnit().getName(),
                s.getRequestingUnit().getDepartment().getName(), s.getRequester().getName(), s.getTargetUnit().getName(),
                s.getTargetUnit().getDepartment().getName(), s.getPurpose(), s.getCompetences(), s.getExpectedTargets(),
                s.getDuration(), s.getStartDate(), s.getEndDate(), s.getHeadcount(), s.getStatus(), s.currentStep(),
                support.name(g, s.getAwaitingId()), s.getAwaitingId() != null && s.getAwaitingId().equals(scope.employeeId()),
                steps, s.getRefusedStep(), s.getRefusalReason(), s.getRequestNumber(), s.getRecommendationNumber(),
                s.getAnswerNumber(), assignments, audit.history(SECONDMENT, s.getId()));
    }

    @Override
    public byte[] letterPdf(long id, SecondmentLetter letter) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = repository.secondment(g, id).orElseThrow(() -> new NotFoundException("secondment", id));
        if (!support.mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        List<Employee> nominees = repository.assignmentsOfSecondment(g, id).stream().map(Assignment::getEmployee).toList();
        return switch (letter) {
            case REQUEST -> {
                requireNumber(s.getRequestNumber());
                Employee signer = support.employee(g, s.getRequestSignerId());
                String addressee = (s.requestSignedByOwnAuthority() ? support.headOf(g, AssignmentSupport.root(s.getTargetUnit()))
                        : support.headOf(g, s.getTargetUnit())).map(support::office).orElse(s.getTargetUnit().getName());
                List<String> copies = new ArrayList<>();
                support.appraiserOf(g, s.getRequester()).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(support.office(x)));
                yield renderer.pdf(letters.requestLetter(s, signer, addressee, copies));
            }
            case RECOMMENDATION -> {
                requireNumber(s.getRecommendationNumber());
                yield renderer.pdf(letters.recommendationLetter(s, support.employee(g, s.getRecommenderId()), nominees));
            }
            case ANSWER -> {
                requireNumber(s.getAnswerNumber());
                Employee signer = support.employee(g, s.getAnswerSignerId());
                Employee requestSigner = support.employee(g, s.getRequestSignerId());
                List<String> copies = new ArrayList<>();
                support.headOf(g, AssignmentSupport.root(s.getTargetUnit())).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(support.office(x)));
                support.headOf(g, AssignmentSupport.root(s.getRequestingUnit())).ifPresent(x -> copies.add(support.office(x)));
                yield renderer.pdf(letters.answerLetter(s, signer, support.office(requestSigner), nominees, copies));
            }
        };
    }

    private static void requireNumber(String number) {
        if (number == null) {
            throw new BusinessRuleException("secondment.letterNotIssued");
        }
    }
}
