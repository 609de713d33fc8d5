package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.Assignments;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.Secondments;
import id.sikerja.application.Volunteering;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.assignment.VolunteerApplication;
import id.sikerja.domain.assignment.VolunteerStep;
import id.sikerja.domain.assignment.WorkNeed;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assignments and secondment requests of the caller's government. Every call starts from the caller's
 * {@link AccessScope}; each workflow step writes its audit entry and moves the inbox in the same
 * transaction. Who takes which secondment step is resolved here from the organisation (the step itself
 * comes from the policy, {@link SecondmentRequest#chainFor}).
 */
@Stateless
public class AssignmentServiceBean implements Assignments, Secondments, Volunteering {

    static final SubjectType ASSIGNMENT = SubjectType.ASSIGNMENT;
    static final SubjectType SECONDMENT = SubjectType.SECONDMENT;
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
    LetterNumbers letterNumbers;

    @Inject
    DocumentRenderer renderer;

    @Inject
    AssignmentLetters letters;

    // ------------------------------------------------------------------ assignments

    @Override
    public List<AssignmentRow> mine() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return repository.assignmentsOf(scope.governmentId(), scope.employeeId()).stream().map(this::row).toList();
    }

    @Override
    public List<AssignmentRow> managed() {
        AccessScope scope = currentUser.scope();
        boolean all = scope.seesWholeGovernment();
        return repository.assignmentsManagedBy(scope.governmentId(), scope.employeeId(), scope.headedPaths(), all,
                LIST_LIMIT).stream().map(this::row).toList();
    }

    private AssignmentRow row(Assignment a) {
        return new AssignmentRow(a.getId(), a.getEmployee().getName(), a.getOwnerUnit().getName(), a.getRole(),
                a.getRoleDetail(), a.getMode(), a.getScope(), a.getStatus(), a.getStartDate(), a.getEndDate(),
                a.getLetterNumber(), a.isRoutine(), a.getSigner().getName());
    }

    @Override
    public AssignmentView assignment(long id) {
        AccessScope scope = currentUser.scope();
        Assignment a = visibleAssignment(scope, id);
        Employee e = a.getEmployee();
        Optional<Placement> placement = e.placementOn(LocalDate.now());
        boolean canSign = a.getStatus() == AssignmentStatus.AWAITING_SIGNATURE
                && Objects.equals(a.getSigner().getId(), scope.employeeId());
        return new AssignmentView(a.getId(), a.getVersion(), e.getId(), e.getName(), nip(e),
                e.getRank() == null ? null : e.getRank().getLabel(),
                placement.map(p -> p.getPosition().getTitle()).orElse(null), a.getOwnerUnit().getName(),
                a.getOwnerUnit().getDepartment().getName(), a.getAppointedBy().getName(), a.getSigner().getId(),
                a.getSigner().getName(), a.getRole(), a.getRoleDetail(), a.taskList(), a.isRoutine(),
                a.getStartDate(), a.getEndDate(), a.getLegalBasis(), a.getMode(), a.getScope(), a.getStatus(),
                a.getLetterKind(), a.getLetterNumber(), a.getLetterDate(), a.copyList(), a.getTeamId(),
                a.getSecondmentId(), a.getRefusalReason(), canSign, audit.history(ASSIGNMENT, a.getId()));
    }

    /** Who sees an assignment: the person, who appointed, who signs, heads above it, the whole-government roles. */
    private Assignment visibleAssignment(AccessScope scope, long id) {
        long g = scope.governmentId();
        Assignment a = repository.assignment(g, id).orElseThrow(() -> new NotFoundException("assignment", id));
        Long me = scope.employeeId();
        boolean involved = me != null && (me.equals(a.getEmployee().getId()) || me.equals(a.getAppointedBy().getId())
                || me.equals(a.getSigner().getId()));
        String personPath = a.getEmployee().placementOn(LocalDate.now())
                .map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        if (!involved && !scope.coversEmployee(g, a.getEmployee().getId(), personPath)
                && !scope.headedPaths().stream().anyMatch(a.getOwnerUnit().getPath()::startsWith)
                && !(a.getSecondmentId() != null && me != null && involvedInSecondment(scope, a.getSecondmentId()))) {
            throw new AccessDeniedException("assignment");
        }
        return a;
    }

    private boolean involvedInSecondment(AccessScope scope, long secondmentId) {
        return repository.secondment(scope.governmentId(), secondmentId).map(s -> mayView(scope, s)).orElse(false);
    }

    @Override
    public List<PersonOption> appointable(String text) {
        AccessScope scope = currentUser.scope();
        Employee me = me(scope);
        boolean regionalHead = isRegionalHead(me);
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
                result.add(person(p));
                if (result.size() >= 30) {
                    break;
                }
            }
        }
        return result;
    }

    @Override
    public long appoint(NewAssignment data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = me(scope);
        if (data.employeeId() == null) {
            throw new BusinessRuleException("assignment.employeeRequired");
        }
        Employee person = organisation.employee(g, data.employeeId())
                .orElseThrow(() -> new NotFoundException("employee", data.employeeId()));
        OrgUnit personUnit = person.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new BusinessRuleException("assignment.personNotPlaced", person.getName()));
        Optional<OrgUnit> headedUnit = me.placementOn(LocalDate.now()).filter(p -> p.getPosition().isHeadsUnit())
                .map(p -> p.getPosition().getUnit());
        boolean heads = headedUnit.map(u -> AssignmentScope.within(u, personUnit)).orElse(false);
        boolean appraises = scope.appraiseeIds().contains(person.getId()) || appraisals.session(g)
                .derive(person, LocalDate.now()).appraiserIfKnown().map(me::equals).orElse(false);
        Assignment.requireAppointer(heads, appraises, isRegionalHead(me));
        OrgUnit owner = heads ? headedUnit.get() : personUnit;
        PolicyProfile policy = policy(g);
        OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), owner);
        Employee signer = headOf(g, signingUnit)
                .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        List<String> copies = copiesFor(g, person, signer, List.of());
        Assignment a = new Assignment(person, owner, me, signer, policy.getAssignmentLetterSigner(),
                AssignmentMode.APPOINTMENT, data.role(), data.roleDetail(), data.tasks(), data.routine(),
                data.startDate(), data.endDate(), data.legalBasis(), copies, data.teamId());
        repository.add(a);
        repository.flush();
        awaitSignature(a, me);
        return a.getId();
    }

    /** The letter goes to its signer's inbox, and is signed at once when the one who assigns is the signer. */
    private void awaitSignature(Assignment a, Employee me) {
        steps.started(a, "assignment.appoint", null);
        if (a.getSigner().equals(me)) {
            issue(scope -> a, a.getVersion());
        }
    }

    /** The signer signs: the letter gets the next number of the signer's department and today's date. */
    private void issue(java.util.function.Function<AccessScope, Assignment> visible, int version) {
        LocalDate today = LocalDate.now();
        Assignment a = visible.apply(currentUser.scope());
        String number = letterNumbers.next(a.getSigner().placementOn(today).map(p -> p.getPosition().getUnit()
                        .getDepartment().getId()).orElse(a.getOwnerUnit().getDepartment().getId()),
                Assignment.letterCode(a.getLetterKind()), today);
        steps.take(visible, version, "assignment.sign", number, (x, me) -> x.sign(me, number, today));
    }

    @Override
    public void sign(long id, int version) {
        issue(scope -> visibleAssignment(scope, id), version);
    }

    @Override
    public void refuse(long id, int version, String reason) {
        steps.take(scope -> visibleAssignment(scope, id), version, "assignment.refuse", reason,
                (a, me) -> a.refuse(me, reason));
    }

    @Override
    public byte[] letterPdf(long id) {
        AccessScope scope = currentUser.scope();
        Assignment a = visibleAssignment(scope, id);
        if (a.getStatus() != AssignmentStatus.ISSUED) {
            throw new BusinessRuleException("assignment.letterNotIssued");
        }
        return renderer.pdf(letters.assignmentLetter(a, policy(scope.governmentId()).isAssignmentLetterFormOnly()));
    }

    // ------------------------------------------------------------------ secondments

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
        Employee me = me(scope);
        OrgUnit own = me.placementOn(LocalDate.now()).filter(p -> p.getPosition().isHeadsUnit())
                .map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new AccessDeniedException("secondment.request"));
        if (data.targetUnitId() == null) {
            throw new BusinessRuleException("secondment.targetRequired");
        }
        OrgUnit target = organisation.unit(g, data.targetUnitId())
                .orElseThrow(() -> new NotFoundException("unit", data.targetUnitId()));
        SecondmentRequest s = new SecondmentRequest(own, me, target, policy(g).getCrossDepartmentApproval(),
                data.purpose(), data.competences(), data.expectedTargets(), data.duration(), data.startDate(),
                data.endDate(), data.headcount());
        repository.add(s);
        repository.flush();
        if (!s.requestSignedByOwnAuthority()) {
            s.recordRequestLetter(letterNumbers.next(own.getDepartment().getId(), "PMH", LocalDate.now()),
                    LocalDate.now(), me.getId());
        }
        audit.record(SECONDMENT, s.getId(), "secondment.request", null, s.currentStep().name(), null);
        moveOn(g, s);
        return s.getId();
    }

    /** Names who takes the current step and puts it into their inbox. */
    private void moveOn(long g, SecondmentRequest s) {
        inbox.closeAll(SECONDMENT, s.getId());
        if (s.getStatus() != SecondmentStatus.IN_PROGRESS) {
            return;
        }
        SecondmentStep step = s.currentStep();
        Employee actor = actorFor(g, s, step).orElseThrow(() -> new BusinessRuleException("secondment.noActor", step));
        s.awaiting(actor.getId());
        inbox.open(actor.getId(), SECONDMENT, s.getId(), "secondment." + step.name(),
                s.getRequestingUnit().getName() + " → " + s.getTargetUnit().getName(),
                "/work/secondment.xhtml?id=" + s.getId());
    }

    /** The person who takes a step: the authorities are the department heads, Kepala Daerah and Sekda hold their posts. */
    private Optional<Employee> actorFor(long g, SecondmentRequest s, SecondmentStep step) {
        return switch (step) {
            case OWN_AUTHORITY_FORWARD -> headOf(g, root(s.getRequestingUnit()));
            case TARGET_AUTHORITY_APPROVAL -> headOf(g, root(s.getTargetUnit()));
            case REGIONAL_HEAD_RECOMMENDATION -> headOfDepartmentType(g, UnitType.KEPALA_DAERAH);
            case REGIONAL_SECRETARY_APPROVAL -> headOfDepartmentType(g, UnitType.SEKRETARIAT_DAERAH);
            case TARGET_NOMINATION -> headOf(g, s.getTargetUnit());
        };
    }

    private SecondmentRequest actionable(AccessScope scope, long id, int version) {
        SecondmentRequest s = repository.secondment(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("secondment", id));
        if (!mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        ConcurrentEditException.check("secondment", s.getVersion(), version);
        return s;
    }

    @Override
    public void approveStep(long id, int version) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = actionable(scope, id, version);
        Employee me = me(scope);
        SecondmentStep step = s.approve(me.getId());
        LocalDate today = LocalDate.now();
        if (step == SecondmentStep.OWN_AUTHORITY_FORWARD) {
            s.recordRequestLetter(letterNumbers.next(s.getRequestingUnit().getDepartment().getId(), "PMH", today),
                    today, me.getId());
        } else if (step == SecondmentStep.REGIONAL_HEAD_RECOMMENDATION) {
            s.recordRecommendation(letterNumbers.next(departmentOf(me), "REK", today), today, me.getId());
        }
        audit.record(SECONDMENT, s.getId(), "secondment.approve", step.name(),
                s.currentStep() == null ? s.getStatus().name() : s.currentStep().name(), null);
        moveOn(g, s);
        repository.flush();
    }

    @Override
    public void refuseStep(long id, int version, String reason) {
        AccessScope scope = currentUser.scope();
        SecondmentRequest s = actionable(scope, id, version);
        SecondmentStep step = s.refuse(me(scope).getId(), reason);
        audit.record(SECONDMENT, s.getId(), "secondment.refuse", step.name(), s.getStatus().name(), reason.strip());
        moveOn(scope.governmentId(), s);
        repository.flush();
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
                .map(this::person).toList();
    }

    @Override
    public void nominate(long id, int version, Nomination nomination) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = actionable(scope, id, version);
        Employee me = me(scope);
        Set<Long> ids = new LinkedHashSet<>(nomination.employeeIds() == null ? List.of() : nomination.employeeIds());
        s.nominate(me.getId(), ids.size());
        List<Employee> people = new ArrayList<>();
        for (Long employeeId : ids) {
            Employee e = organisation.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
            boolean inTarget = e.placementOn(LocalDate.now())
                    .map(p -> AssignmentScope.within(s.getTargetUnit(), p.getPosition().getUnit())).orElse(false);
            if (!inTarget) {
                throw new BusinessRuleException("secondment.nomineeOutsideTarget", e.getName());
            }
            people.add(e);
        }
        LocalDate today = LocalDate.now();
        s.recordAnswer(letterNumbers.next(departmentOf(me), "JWB", today), today, me.getId());
        audit.record(SECONDMENT, s.getId(), "secondment.nominate", SecondmentStep.TARGET_NOMINATION.name(),
                s.getStatus().name(), null);
        moveOn(g, s);

        PolicyProfile policy = policy(g);
        OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), s.getTargetUnit());
        Employee signer = headOf(g, signingUnit)
                .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        List<String> tasks = nomination.tasks() == null || nomination.tasks().stream().allMatch(t -> t == null || t.isBlank())
                ? List.of(s.getExpectedTargets()) : nomination.tasks();
        AssignmentRole role = nomination.role() == null ? AssignmentRole.INDIVIDUAL_FUNCTIONAL : nomination.role();
        String basis = letters.secondmentBasis(s);
        List<String> authorities = new ArrayList<>();
        headOf(g, root(s.getTargetUnit())).ifPresent(h -> authorities.add(office(h)));
        headOf(g, root(s.getRequestingUnit())).ifPresent(h -> authorities.add(office(h)));
        for (Employee e : people) {
            Assignment a = new Assignment(e, s.getRequestingUnit(), me, signer, policy.getAssignmentLetterSigner(),
                    AssignmentMode.APPOINTMENT, role, nomination.roleDetail(), tasks, false, s.getStartDate(),
                    s.getEndDate(), basis, copiesFor(g, e, signer, authorities), null).from(s.getId(), null);
            repository.add(a);
            repository.flush();
            awaitSignature(a, me);
        }
        repository.flush();
    }

    @Override
    public List<SecondmentRow> involving() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        return repository.secondmentsInvolving(g, scope.employeeId(), scope.headedPaths(), scope.seesWholeGovernment(),
                LIST_LIMIT).stream().map(s -> new SecondmentRow(s.getId(), s.getScope(), s.getRequestingUnit().getName(),
                s.getTargetUnit().getName(), s.getPurpose(), s.getStatus(), s.currentStep(), name(g, s.getAwaitingId()),
                Objects.equals(s.getAwaitingId(), scope.employeeId()))).toList();
    }

    @Override
    public SecondmentView secondment(long id) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = repository.secondment(g, id).orElseThrow(() -> new NotFoundException("secondment", id));
        if (!mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        List<StepView> steps = new ArrayList<>();
        List<SecondmentStep> chain = s.chain();
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
        List<AssignmentRow> assignments = repository.assignmentsOfSecondment(g, id).stream().map(this::row).toList();
        return new SecondmentView(s.getId(), s.getVersion(), s.getScope(), s.getRequestingUnit().getName(),
                s.getRequestingUnit().getDepartment().getName(), s.getRequester().getName(), s.getTargetUnit().getName(),
                s.getTargetUnit().getDepartment().getName(), s.getPurpose(), s.getCompetences(), s.getExpectedTargets(),
                s.getDuration(), s.getStartDate(), s.getEndDate(), s.getHeadcount(), s.getStatus(), s.currentStep(),
                name(g, s.getAwaitingId()), s.getAwaitingId() != null && s.getAwaitingId().equals(scope.employeeId()),
                steps, s.getRefusedStep(), s.getRefusalReason(), s.getRequestNumber(), s.getRecommendationNumber(),
                s.getAnswerNumber(), assignments, audit.history(SECONDMENT, s.getId()));
    }

    /**
     * Who sees a request: whoever takes or took a step, heads of the units on either side (and above), and
     * the whole-government roles (admin, oversight, the authorities Sekda and Kepala Daerah).
     */
    private boolean mayView(AccessScope scope, SecondmentRequest s) {
        Long me = scope.employeeId();
        if (scope.seesWholeGovernment()) {
            return true;
        }
        if (me != null && (me.equals(s.getRequester().getId()) || me.equals(s.getAwaitingId())
                || me.equals(s.getRequestSignerId()) || me.equals(s.getRecommenderId())
                || me.equals(s.getAnswerSignerId()))) {
            return true;
        }
        return scope.headedPaths().stream().anyMatch(p -> s.getRequestingUnit().getPath().startsWith(p)
                || s.getTargetUnit().getPath().startsWith(p));
    }

    @Override
    public byte[] letterPdf(long id, SecondmentLetter letter) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        SecondmentRequest s = repository.secondment(g, id).orElseThrow(() -> new NotFoundException("secondment", id));
        if (!mayView(scope, s)) {
            throw new AccessDeniedException("secondment");
        }
        List<Employee> nominees = repository.assignmentsOfSecondment(g, id).stream().map(Assignment::getEmployee).toList();
        return switch (letter) {
            case REQUEST -> {
                requireNumber(s.getRequestNumber());
                Employee signer = employee(g, s.getRequestSignerId());
                String addressee = (s.requestSignedByOwnAuthority() ? headOf(g, root(s.getTargetUnit()))
                        : headOf(g, s.getTargetUnit())).map(this::office).orElse(s.getTargetUnit().getName());
                List<String> copies = new ArrayList<>();
                appraiserOf(g, s.getRequester()).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(office(x)));
                yield renderer.pdf(letters.requestLetter(s, signer, addressee, copies));
            }
            case RECOMMENDATION -> {
                requireNumber(s.getRecommendationNumber());
                yield renderer.pdf(letters.recommendationLetter(s, employee(g, s.getRecommenderId()), nominees));
            }
            case ANSWER -> {
                requireNumber(s.getAnswerNumber());
                Employee signer = employee(g, s.getAnswerSignerId());
                Employee requestSigner = employee(g, s.getRequestSignerId());
                List<String> copies = new ArrayList<>();
                headOf(g, root(s.getTargetUnit())).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(office(x)));
                headOf(g, root(s.getRequestingUnit())).ifPresent(x -> copies.add(office(x)));
                yield renderer.pdf(letters.answerLetter(s, signer, office(requestSigner), nominees, copies));
            }
        };
    }

    private static void requireNumber(String number) {
        if (number == null) {
            throw new BusinessRuleException("secondment.letterNotIssued");
        }
    }

    // ------------------------------------------------------------------ voluntary applications

    @Override
    public long announce(NewNeed data) {
        AccessScope scope = currentUser.scope();
        Employee me = me(scope);
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
        Employee me = me(scope);
        OrgUnit own = me.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new BusinessRuleException("assignment.personNotPlaced", me.getName()));
        WorkNeed need = data.needId() == null ? null : repository.need(g, data.needId())
                .orElseThrow(() -> new NotFoundException("need", data.needId()));
        OrgUnit target = data.targetUnitId() == null ? null : organisation.unit(g, data.targetUnitId())
                .orElseThrow(() -> new NotFoundException("unit", data.targetUnitId()));
        VolunteerApplication a = new VolunteerApplication(me, own, target, need,
                policy(g).isVolunteerNeedsAnnouncement(), data.offer(), data.tasks(), data.startDate(), data.endDate());
        repository.add(a);
        repository.flush();
        audit.record(VOLUNTEER, a.getId(), "volunteer.apply", null, a.currentStep().name(), null);
        nextVolunteerStep(g, a);
        return a.getId();
    }

    /** Who takes a step: the own unit head (within the unit), the own appraiser, the target unit's head. */
    private Optional<Employee> actorFor(long g, VolunteerApplication a, VolunteerStep step) {
        AppraisalResult own = appraisals.session(g).derive(a.getEmployee(), LocalDate.now());
        return switch (step) {
            case HEAD_APPROVAL -> Optional.ofNullable(own.unitHead()).or(own::appraiserIfKnown);
            case OWN_RECOMMENDATION, OWN_APPROVAL -> own.appraiserIfKnown().or(() -> Optional.ofNullable(own.unitHead()));
            case TARGET_APPROVAL -> headOf(g, a.getTargetUnit());
        };
    }

    private void nextVolunteerStep(long g, VolunteerApplication a) {
        inbox.closeAll(VOLUNTEER, a.getId());
        if (a.getStatus() != SecondmentStatus.IN_PROGRESS) {
            return;
        }
        VolunteerStep step = a.currentStep();
        Employee actor = actorFor(g, a, step).orElseThrow(() -> new BusinessRuleException("secondment.noActor", step));
        a.awaiting(actor.getId());
        inbox.open(actor.getId(), VOLUNTEER, a.getId(), "volunteer." + step.name(),
                a.getEmployee().getName() + " → " + a.getTargetUnit().getName(), "/work/volunteer.xhtml?id=" + a.getId());
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
        VolunteerApplication a = visibleApplication(scope, id);
        ConcurrentEditException.check("volunteer", a.getVersion(), version);
        Employee me = me(scope);
        VolunteerStep step = a.approve(me.getId());
        audit.record(VOLUNTEER, a.getId(), "volunteer.approve", step.name(),
                a.currentStep() == null ? a.getStatus().name() : a.currentStep().name(), null);
        nextVolunteerStep(g, a);
        if (a.getStatus() == SecondmentStatus.COMPLETED) {
            grant(g, a, me);
        }
        repository.flush();
    }

    /**
     * The granted application becomes an assignment. Within the unit the letter follows the policy's signer;
     * across units the own appraiser/head who approved last signs it (KU Lampiran I B.b; PS Lampiran I B).
     */
    private void grant(long g, VolunteerApplication a, Employee approver) {
        PolicyProfile policy = policy(g);
        Employee signer;
        if (a.getScope() == id.sikerja.domain.assignment.AssignmentScope.WITHIN_UNIT) {
            OrgUnit signingUnit = Assignment.signingUnit(policy.getAssignmentLetterSigner(), a.getTargetUnit());
            signer = headOf(g, signingUnit)
                    .orElseThrow(() -> new BusinessRuleException("assignment.noSigner", signingUnit.getName()));
        } else {
            signer = approver;
        }
        String basis = "Pengajuan sukarela " + a.getEmployee().getName()
                + (a.getNeed() == null ? "" : " atas kebutuhan \"" + a.getNeed().getTitle() + "\"")
                + " yang disetujui " + office(approver);
        Assignment assignment = new Assignment(a.getEmployee(), a.getTargetUnit(), approver, signer,
                policy.getAssignmentLetterSigner(), AssignmentMode.VOLUNTEER, AssignmentRole.INDIVIDUAL_FUNCTIONAL,
                null, a.taskList(), false, a.getStartDate(), a.getEndDate(), basis,
                copiesFor(g, a.getEmployee(), signer, List.of()), null).from(null, a.getId());
        repository.add(assignment);
        repository.flush();
        a.granted(assignment.getId());
        awaitSignature(assignment, approver);
    }

    @Override
    public void refuseApplication(long id, int version, String reason) {
        AccessScope scope = currentUser.scope();
        VolunteerApplication a = visibleApplication(scope, id);
        ConcurrentEditException.check("volunteer", a.getVersion(), version);
        VolunteerStep step = a.refuse(me(scope).getId(), reason);
        audit.record(VOLUNTEER, a.getId(), "volunteer.refuse", step.name(), a.getStatus().name(), reason.strip());
        nextVolunteerStep(scope.governmentId(), a);
        repository.flush();
    }

    @Override
    public List<ApplicationRow> applicationsInvolving() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        return repository.applicationsInvolving(g, scope.employeeId(), scope.headedPaths(), scope.seesWholeGovernment(),
                LIST_LIMIT).stream().map(a -> new ApplicationRow(a.getId(), a.getEmployee().getName(),
                a.getTargetUnit().getName(), a.getScope(), a.getStatus(), a.currentStep(), name(g, a.getAwaitingId()),
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
                name(g, a.getAwaitingId()), a.getAwaitingId() != null && a.getAwaitingId().equals(scope.employeeId()),
                a.chain(), a.getRefusedStep(), a.getRefusalReason(), a.getAssignmentId(),
                audit.history(VOLUNTEER, a.getId()));
    }

    // ------------------------------------------------------------------ helpers

    private Employee me(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("assignment");
        }
        return organisation.employee(scope.governmentId(), scope.employeeId())
                .orElseThrow(() -> new AccessDeniedException("assignment"));
    }

    private Employee employee(long g, Long id) {
        return organisation.employee(g, id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    private String name(long g, Long id) {
        return id == null ? null : organisation.employee(g, id).map(Employee::getName).orElse(null);
    }

    private PolicyProfile policy(long g) {
        return organisation.policy(g).orElseThrow(() -> new NotFoundException("policy", g));
    }

    private static boolean isRegionalHead(Employee e) {
        return e.placementOn(LocalDate.now())
                .map(p -> p.getPosition().getPositionClass() == PositionClass.KEPALA_DAERAH).orElse(false);
    }

    private static OrgUnit root(OrgUnit unit) {
        OrgUnit u = unit;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u;
    }

    private Long departmentOf(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getDepartment().getId()).orElse(null);
    }

    Optional<Employee> headOf(long g, OrgUnit unit) {
        return organisation.headPosition(g, unit.getId())
                .flatMap(p -> organisation.holders(g, p.getId(), LocalDate.now()).stream().findFirst());
    }

    private Optional<Employee> headOfDepartmentType(long g, UnitType type) {
        return organisation.rootUnits(g).stream().filter(u -> u.getDepartment().getType() == type).findFirst()
                .flatMap(u -> headOf(g, u));
    }

    private Optional<Employee> appraiserOf(long g, Employee e) {
        return appraisals.session(g).derive(e, LocalDate.now()).appraiserIfKnown();
    }

    /** Tembusan: the given authorities and the person's appraiser, without the signer (KU Lampiran I B.a.3)e)). */
    private List<String> copiesFor(long g, Employee person, Employee signer, List<String> authorities) {
        Set<String> copies = new LinkedHashSet<>(authorities);
        copies.remove(office(signer));
        appraiserOf(g, person).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(office(x)));
        return List.copyOf(copies);
    }

    /** The office a person holds today, as named on letters ("Kepala Dinas ..."). */
    String office(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getTitle()).orElse(e.getName());
    }

    private PersonOption person(Placement p) {
        Employee e = p.getEmployee();
        return new PersonOption(e.getId(), e.getName(), nip(e), p.getPosition().getTitle(),
                p.getPosition().getUnit().getName());
    }

    private static String nip(Employee e) {
        return e.getNip() == null ? null : e.getNip().formatted();
    }
}
