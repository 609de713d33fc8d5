package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.Assignments.AssignmentRow;
import id.sikerja.application.Assignments.PersonOption;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.Secondments;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.LetterSigner;
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
    AssignmentLetters letters;

    @Inject
    AssignmentSupport support;

    @Inject
    SecondmentDocuments documents;

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
            LocalDate today = LocalDate.now();
            s.recordRequestLetter(letterNumbers.next(own.getDepartment().getId(), "PMH", today), today, me.getId());
            documents.issue(g, s, SecondmentLetter.REQUEST);
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
            case TARGET_NOMINATION, TARGET_REFUSAL_ANSWER -> support.headOf(g, s.getTargetUnit());
            case TARGET_AUTHORITY_ANSWER -> support.headOf(g, AssignmentSupport.root(s.getTargetUnit()));
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
            switch (step) {
                case OWN_AUTHORITY_FORWARD -> {
                    s.recordRequestLetter(letterNumbers.next(s.getRequestingUnit().getDepartment().getId(), "PMH",
                            today), today, me);
                    documents.issue(g, s, SecondmentLetter.REQUEST);
                }
                case REGIONAL_HEAD_RECOMMENDATION -> {
                    s.recordRecommendation(letterNumbers.next(support.departmentOf(support.employee(g, me)), "REK",
                            today), today, me);
                    documents.issue(g, s, SecondmentLetter.RECOMMENDATION);
                }
                case TARGET_AUTHORITY_ANSWER -> answer(g, s, me);
                default -> {
                }
            }
            nameNext(g, s);
        });
    }

    /**
     * A refusal. Where the target side refuses, its refusal answers the request letter with the reasons (KU
     * Lampiran I B.a.2)d)); a refusal of the Kepala Daerah goes to the target Pejabat Penilai Kinerja, who answers
     * it (B.a.3)c)).
     */
    @Override
    public void refuseStep(long id, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> visible(scope, id), version, "secondment.refuse", reason, (s, me) -> {
            s.refuse(me, reason);
            if (s.getRefusalAnswer() != null) {
                recordAnswer(g, s, me);
            }
            nameNext(g, s);
        });
    }

    @Override
    public void answerRefusal(long id, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> visible(scope, id), version, "secondment.answerRefusal", reason, (s, me) -> {
            s.answerRefusal(me, reason);
            recordAnswer(g, s, me);
        });
    }

    @Override
    public void returnAnswer(long id, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> visible(scope, id), version, "secondment.return", reason, (s, me) -> {
            s.returnAnswer(me, reason);
            nameNext(g, s);
        });
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
        long g = currentUser.scope().governmentId();
        Set<Long> ids = new LinkedHashSet<>(nomination.employeeIds() == null ? List.of() : nomination.employeeIds());
        steps.take(sc -> visible(sc, id), version, "secondment.nominate", null, (x, by) -> {
            List<Employee> people = new ArrayList<>();
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
            if (x.nominate(by, people, nomination.role(), nomination.roleDetail(), nomination.tasks())) {
                answer(g, x, by);
            }
            nameNext(g, x);
            if (Objects.equals(x.getAwaitingId(), by) && x.currentStep() == SecondmentStep.TARGET_AUTHORITY_ANSWER) {
                // The Pejabat Penilai Kinerja asked is the authority himself (people of the department's own head):
                // his list is his approved answer.
                x.approve(by);
                answer(g, x, by);
            }
        });
    }

    /** The answer with the list is signed by whoever ends the chain, and the people named are assigned. */
    private void answer(long g, SecondmentRequest s, long signerId) {
        recordAnswer(g, s, signerId);
        assign(g, s, support.employee(g, signerId));
    }

    private void recordAnswer(long g, SecondmentRequest s, long signerId) {
        LocalDate today = LocalDate.now();
        s.recordAnswer(letterNumbers.next(support.departmentOf(support.employee(g, signerId)), "JWB", today), today,
                signerId);
        documents.issue(g, s, SecondmentLetter.ANSWER);
    }

    /**
     * The assignments of the people named. The letter is signed on the side the government's letter kind
     * belongs to: the Pemilik Kinerja's side for a Surat Tugas of the performance owner (KL Pasal 11 ayat (4):
     * "ditetapkan oleh Kepala Perangkat Daerah ... selaku Pejabat Pemilik Kinerja"), else the side the people
     * come from (KU Lampiran I B.a.3)e) third point: the Pimpinan Unit Organisasi dituju).
     */
    private void assign(long g, SecondmentRequest s, Employee actor) {
        PolicyProfile policy = support.policy(g);
        OrgUnit side = policy.getAssignmentLetterSigner() == LetterSigner.PERFORMANCE_OWNER
                ? s.getRequestingUnit() : s.getTargetUnit();
        OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), side);
        Employee signer = support.headOf(g, signingUnit)
                .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        Employee appointer = s.getNominatedById() == null ? actor : support.employee(g, s.getNominatedById());
        String basis = letters.secondmentBasis(s);
        List<String> authorities = new ArrayList<>();
        support.headOf(g, AssignmentSupport.root(s.getTargetUnit())).ifPresent(h -> authorities.add(support.office(h)));
        support.headOf(g, AssignmentSupport.root(s.getRequestingUnit())).ifPresent(h -> authorities.add(support.office(h)));
        for (Employee e : s.getNominees()) {
            Assignment a = new Assignment(e, s.getRequestingUnit(), appointer, signer, policy.getAssignmentLetterSigner(),
                    AssignmentMode.APPOINTMENT, s.getNominatedRole(), s.getNominatedRoleDetail(), s.nominatedTasks(),
                    false, s.getStartDate(), s.getEndDate(), basis, support.copiesFor(g, e, signer, authorities), null)
                    .from(s.getId(), null);
            repository.add(a);
            repository.flush();
            support.awaitSignature(a, actor);
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
            if (chain.get(i) == s.getRefusedStep()) {
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
                s.getAnswerNumber(), assignments, audit.history(SECONDMENT, s.getId()),
                s.getNominees().stream().map(Employee::getName).toList(), s.getRefusalAnswer());
    }

    @Override
    public byte[] letterPdf(long id, SecondmentLetter letter) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = repository.secondment(g, id).orElseThrow(() -> new NotFoundException("secondment", id));
        if (!support.mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        String number = switch (letter) {
            case REQUEST -> s.getRequestNumber();
            case RECOMMENDATION -> s.getRecommendationNumber();
            case ANSWER -> s.getAnswerNumber();
        };
        requireNumber(number);
        LocalDate date = switch (letter) {
            case REQUEST -> s.getRequestDate();
            case RECOMMENDATION -> s.getRecommendationDate();
            case ANSWER -> s.getAnswerDate();
        };
        return documents.open(g, s, letter, number, date);
    }

    private static void requireNumber(String number) {
        if (number == null) {
            throw new BusinessRuleException("secondment.letterNotIssued");
        }
    }
}
