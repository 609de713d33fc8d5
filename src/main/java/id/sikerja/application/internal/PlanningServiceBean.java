package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.PlanningService;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.application.SkpService;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.Objective;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PerformanceDialogue;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link PlanningService}: every call scoped through {@link CurrentUser#scope()}; reads run in a transaction too, so lazy parts load. */
@Stateless
public class PlanningServiceBean implements PlanningService {

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

    @Inject
    Inbox inbox;

    @Inject
    WorkflowSteps steps;

    // ---- agreements

    @Override
    public List<AgreementRow> myAgreements() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return planning.agreementsOwnedBy(scope.governmentId(), scope.employeeId()).stream()
                .map(PlanningServiceBean::row).toList();
    }

    @Override
    public List<AgreementRow> agreementsToApprove() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return planning.agreementsToApprove(scope.governmentId(), scope.employeeId()).stream()
                .map(PlanningServiceBean::row).toList();
    }

    private static AgreementRow row(PerformanceAgreement a) {
        return new AgreementRow(a.getId(), a.getYear(), a.getRevision(), a.getState(), a.getOwnerName(),
                a.getUnitName(), a.getApproverName(), a.getSubmittedAt());
    }

    @Override
    public AgreementView agreement(long id) {
        AccessScope scope = currentUser.scope();
        PerformanceAgreement a = visibleAgreement(scope, id);
        Long me = scope.employeeId();
        boolean owner = me != null && me == a.getOwnerId();
        Set<Long> indicatorIds = a.indicators().stream().map(Indicator::getId).collect(Collectors.toSet());
        Map<Long, Long> supporters = planning.resultsSupportingIndicators(scope.governmentId(), indicatorIds).stream()
                .collect(Collectors.groupingBy(WorkResult::getSupportedIndicatorId, Collectors.counting()));
        List<ObjectiveView> objectives = new ArrayList<>();
        for (Objective o : a.getObjectives()) {
            objectives.add(new ObjectiveView(o.getId(), o.getText(), o.getIndicators().stream()
                    .map(i -> new IndicatorView(i.getId(), i.getText(), i.getTarget().getValue(),
                            i.getTarget().getUnit(), i.getWorkMode(), i.getOriginId(),
                            supporters.getOrDefault(i.getId(), 0L)))
                    .toList()));
        }
        Long newer = planning.agreementsOwnedBy(scope.governmentId(), a.getOwnerId()).stream()
                .filter(x -> Objects.equals(x.getPreviousId(), a.getId())).map(PerformanceAgreement::getId)
                .findFirst().orElse(null);
        return new AgreementView(a.getId(), a.getVersion(), a.getYear(), a.getRevision(), a.getState(),
                a.getOwnerId(), a.getOwnerName(), a.getOwnerPosition(), a.getUnitName(), a.getApproverId(),
                a.getApproverName(), a.getReturnReason(), a.getPreviousId(), a.getAmendmentReason(),
                a.getApprovedAt(), objectives, owner && a.getState().isEditable(),
                me != null && me.equals(a.getApproverId()) && a.getState() == AgreementState.SUBMITTED,
                owner && a.getState() == AgreementState.APPROVED && newer == null,
                owner && a.getState() == AgreementState.APPROVED,
                support.policy(scope.governmentId()).isTargetsDeclareWorkMode(), newer);
    }

    /**
     * Owner, approver, the people of the agreement's unit, a head covering the owner, or the
     * whole-government roles; other governments: not found.
     */
    private PerformanceAgreement visibleAgreement(AccessScope scope, long id) {
        PerformanceAgreement a = planning.agreement(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("agreement", id));
        Long me = scope.employeeId();
        if (scope.seesWholeGovernment() || me != null && (me == a.getOwnerId() || me.equals(a.getApproverId()))) {
            return a;
        }
        // the people of the agreement's unit see the commitments their results cascade from
        String unitPath = organisation.unit(scope.governmentId(), a.getUnitId()).map(OrgUnit::getPath).orElse(null);
        if (unitPath != null && scope.ownUnitPath() != null && scope.ownUnitPath().startsWith(unitPath)) {
            return a;
        }
        Employee owner = support.employee(scope.governmentId(), a.getOwnerId());
        String path = owner.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        if (!scope.coversEmployee(scope.governmentId(), owner.getId(), path)) {
            throw new AccessDeniedException("agreement");
        }
        return a;
    }

    private PerformanceAgreement forChange(AccessScope scope, long id, int version) {
        PerformanceAgreement a = visibleAgreement(scope, id);
        ConcurrentEditException.check("agreement", a.getVersion(), version);
        return a;
    }

    @Override
    public long startAgreement(int year) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        Placement p = support.placement(me, LocalDate.now());
        PerformanceAgreement.requireEligibleOwner(p.getPosition().isHeadsUnit(), scope.has(Role.TEAM_LEAD),
                support.policy(g));
        if (planning.hasCurrentAgreement(g, me.getId(), year)) {
            throw new BusinessRuleException("agreement.exists", year);
        }
        OrgUnit unit = p.getPosition().getUnit();
        PerformanceAgreement a = planning.add(new PerformanceAgreement(g, me.getId(), unit.getId(),
                unit.getDepartment().getId(), year, me.getName(), p.getPosition().getTitle(), unit.getName()));
        planning.flush();
        audit.record(AGREEMENT, a.getId(), "agreement.start", null, a.getState().name(), null);
        return a.getId();
    }

    @Override
    public void saveAgreement(long id, int version, List<AgreementLine> lines) {
        AccessScope scope = currentUser.scope();
        PerformanceAgreement a = forChange(scope, id, version);
        requireOwner(scope, a);
        a.replaceContent(lines, support.policy(scope.governmentId()));
        planning.bumpVersion(a);
        planning.flush();
    }

    @Override
    public void submitAgreement(long id, int version) {
        steps.take(scope -> visibleAgreement(scope, id), version, "agreement.submit", null, (a, me) -> {
            long g = a.getGovernmentId();
            Employee owner = support.employee(g, me);
            LocalDate today = LocalDate.now();
            Placement p = support.placement(owner, today);
            AppraisalResult r = support.derive(g, owner, today);
            long approver = PerformanceAgreement.approverFor(support.headsDepartment(p),
                    r.appraiserIfKnown().map(Employee::getId).orElse(null), support.regionalHeadId(g, today));
            a.submit(me, approver, support.employee(g, approver).getName());
        });
    }

    @Override
    public void approveAgreement(long id, int version) {
        PerformanceAgreement a = steps.take(scope -> visibleAgreement(scope, id), version, "agreement.approve", null,
                PerformanceAgreement::approve);
        if (a.getPreviousId() != null) {
            supersede(a.getGovernmentId(), a);
        }
        planning.flush();
    }

    /**
     * An approved amendment replaces the previous revision. Results that supported an indicator which
     * continues unchanged follow it; results whose indicator changed or disappeared are flagged for
     * review and their owners are told.
     */
    private void supersede(long g, PerformanceAgreement amended) {
        PerformanceAgreement previous = planning.agreement(g, amended.getPreviousId())
                .orElseThrow(() -> new NotFoundException("agreement", amended.getPreviousId()));
        steps.take(scope -> previous, previous.getVersion(), "agreement.supersede", amended.getAmendmentReason(),
                (p, me) -> p.supersede());
        Map<Long, Indicator> old = previous.indicators().stream()
                .collect(Collectors.toMap(Indicator::getId, i -> i));
        Set<Long> reviewSkps = new LinkedHashSet<>();
        for (WorkResult r : planning.resultsSupportingIndicators(g, old.keySet())) {
            Optional<Indicator> successor = amended.unchangedSuccessorOf(old.get(r.getSupportedIndicatorId()));
            if (successor.isPresent()) {
                r.relinkTo(successor.get().getId());
            } else {
                r.flagForReview();
                reviewSkps.add(r.getSkp().getId());
            }
        }
        for (Long skpId : reviewSkps) {
            Skp s = planning.skp(g, skpId).orElseThrow();
            inbox.open(s.getEmployeeId(), SkpService.SKP, s.getId(), "skp.review", s.title(),
                    "/plan/skp.xhtml?id=" + s.getId());
            audit.record(SkpService.SKP, s.getId(), "skp.review", s.getState().name(), s.getState().name(),
                    amended.getAmendmentReason());
        }
    }

    @Override
    public void returnAgreement(long id, int version, String reason) {
        steps.take(scope -> visibleAgreement(scope, id), version, "agreement.return", reason,
                (a, me) -> a.returnForRevision(me, reason));
    }

    @Override
    public long amendAgreement(long id, int version, String reason) {
        AccessScope scope = currentUser.scope();
        PerformanceAgreement a = forChange(scope, id, version);
        requireOwner(scope, a);
        if (planning.agreementsOwnedBy(scope.governmentId(), a.getOwnerId()).stream()
                .anyMatch(x -> Objects.equals(x.getPreviousId(), a.getId()))) {
            throw new BusinessRuleException("agreement.amendmentExists");
        }
        PerformanceAgreement next = planning.add(a.amend(reason));
        planning.flush();
        audit.record(AGREEMENT, next.getId(), "agreement.amend", null, next.getState().name(), next.getAmendmentReason());
        return next.getId();
    }

    private static void requireOwner(AccessScope scope, PerformanceAgreement a) {
        if (scope.employeeId() == null || scope.employeeId() != a.getOwnerId()) {
            throw new AccessDeniedException("agreement.edit");
        }
    }

    private static long requireEmployee(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return scope.employeeId();
    }

    // ---- cascading

    private PerformanceAgreement cascadable(AccessScope scope, long agreementId) {
        PerformanceAgreement a = visibleAgreement(scope, agreementId);
        requireOwner(scope, a);
        if (a.getState() != AgreementState.APPROVED) {
            throw new BusinessRuleException("agreement.cascadeOnlyApproved");
        }
        return a;
    }

    @Override
    public MatrixView matrix(long agreementId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        PerformanceAgreement a = cascadable(scope, agreementId);
        Employee head = support.me(scope);
        List<MatrixColumn> columns = columns(a);
        List<Placement> reports = support.directReports(g, head, LocalDate.now());
        Map<Long, Skp> current = planning.currentSkps(g,
                reports.stream().map(p -> p.getEmployee().getId()).toList(), a.getYear());
        List<MatrixRow> rows = new ArrayList<>();
        Map<String, String> cells = new LinkedHashMap<>();
        Set<Long> covered = new HashSet<>();
        List<OrphanResult> orphans = new ArrayList<>();
        Set<Long> indicatorIds = columns.stream().map(MatrixColumn::indicatorId).collect(Collectors.toSet());
        for (Placement p : reports) {
            Employee e = p.getEmployee();
            Skp s = current.get(e.getId());
            rows.add(new MatrixRow(e.getId(), e.getName(), p.getPosition().getTitle(), s == null ? null : s.getId(),
                    s == null ? null : s.getState(), s == null || s.getState().isEditable()));
            if (s == null) {
                continue;
            }
            for (WorkResult r : s.getResults()) {
                if (r.getSupportedIndicatorId() != null && indicatorIds.contains(r.getSupportedIndicatorId())) {
                    cells.put(MatrixView.key(e.getId(), r.getSupportedIndicatorId()), r.getText());
                    covered.add(r.getSupportedIndicatorId());
                } else if (!r.isLinked()) {
                    orphans.add(new OrphanResult(s.getId(), e.getName(), r.getText()));
                }
            }
        }
        List<MatrixColumn> uncovered = columns.stream().filter(c -> !covered.contains(c.indicatorId())).toList();
        return new MatrixView(a.getId(), a.title(), columns, rows, cells, uncovered, orphans);
    }

    private static List<MatrixColumn> columns(PerformanceAgreement a) {
        List<MatrixColumn> columns = new ArrayList<>();
        for (Objective o : a.getObjectives()) {
            for (Indicator i : o.getIndicators()) {
                columns.add(new MatrixColumn(i.getId(), o.getText(), i.getText(), i.getTarget().toString()));
            }
        }
        return columns;
    }

    @Override
    public MatrixOutcome saveMatrix(long agreementId, Map<String, String> cells) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        PerformanceAgreement a = cascadable(scope, agreementId);
        Employee head = support.me(scope);
        Map<Long, Indicator> indicators = a.indicators().stream().collect(Collectors.toMap(Indicator::getId, i -> i));
        Map<Long, Placement> reports = new LinkedHashMap<>();
        support.directReports(g, head, LocalDate.now()).forEach(p -> reports.put(p.getEmployee().getId(), p));
        Map<Long, Skp> current = new HashMap<>(planning.currentSkps(g, reports.keySet(), a.getYear()));
        int started = 0;
        int created = 0;
        int updated = 0;
        Set<String> skipped = new LinkedHashSet<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String text = cell.getValue() == null ? "" : cell.getValue().strip();
            String[] key = cell.getKey() == null ? new String[0] : cell.getKey().split(":");
            if (key.length != 2 || !key[0].matches("\\d{1,18}") || !key[1].matches("\\d{1,18}")) {
                throw new BusinessRuleException("agreement.matrixOutOfScope");
            }
            long employeeId = Long.parseLong(key[0]);
            long indicatorId = Long.parseLong(key[1]);
            Placement p = reports.get(employeeId);
            Indicator indicator = indicators.get(indicatorId);
            if (p == null || indicator == null) {
                throw new BusinessRuleException("agreement.matrixOutOfScope");
            }
            Skp s = current.get(employeeId);
            Optional<WorkResult> existing = s == null ? Optional.empty() : s.resultSupporting(indicatorId);
            if (text.isEmpty() || existing.isPresent() && existing.get().getText().equals(text)) {
                continue;
            }
            if (s != null && !s.getState().isEditable()) {
                skipped.add(p.getEmployee().getName());
                continue;
            }
            if (s == null) {
                LocalDate start = Skp.firstPeriodStart(a.getYear(), p.getStartDate());
                s = planning.add(support.newSkp(g, p.getEmployee(), start));
                current.put(employeeId, s);
                planning.flush();
                audit.record(SkpService.SKP, s.getId(), "skp.cascadeStart", null, s.getState().name(), a.title());
                started++;
            }
            if (existing.isPresent()) {
                WorkResult r = existing.get();
                s.cascadeUpdate(r, new WorkResultLine(r.getCategory(), text, r.getOrigin(), r.getAspect(),
                        r.getPerspective(), r.getIndicatorText(), r.getTarget().getValue(), r.getTarget().getUnit(),
                        indicatorId, null, indicator.getText(), r.getManual()));
                updated++;
                planning.bumpVersion(s);
            } else {
                s.cascade(WorkResultLine.cascadedFrom(s.getForm(), text, a.getOwnerName(), indicator));
                created++;
                if (!s.isNew()) {
                    planning.bumpVersion(s);
                }
            }
        }
        planning.flush();
        if (created + updated > 0) {
            audit.record(AGREEMENT, a.getId(), "agreement.cascade", a.getState().name(), a.getState().name(),
                    null);
        }
        return new MatrixOutcome(started, created, updated, List.copyOf(skipped));
    }

    @Override
    public List<LineageStep> lineageUp(long resultId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkResult r = planning.result(g, resultId).orElseThrow(() -> new NotFoundException("result", resultId));
        support.visibleSkp(scope, r.getSkp().getId());
        List<LineageStep> steps = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        WorkResult at = r;
        while (at != null && seen.add(at.getId())) {
            steps.add(resultStep(at));
            if (at.getSupportedIndicatorId() != null) {
                Indicator i = planning.indicator(g, at.getSupportedIndicatorId()).orElse(null);
                if (i == null) {
                    break;
                }
                PerformanceAgreement a = i.getObjective().getAgreement();
                steps.add(new LineageStep(0, "INDICATOR", i.getId(), a.getOwnerName(), i.getText(),
                        i.getTarget().toString(), null, a.getId()));
                // Open design question: an agreement indicator is not linked upward itself. The bridge is
                // the owner's own SKP, whose results support the superior's indicators (the superior's
                // matrix put them there); prefer the result worded like the indicator, else the first linked one.
                Skp ownerSkp = planning.currentSkps(g, List.of(a.getOwnerId()), a.getYear()).get(a.getOwnerId());
                List<WorkResult> upward = ownerSkp == null ? List.of() : ownerSkp.getResults().stream()
                        .filter(WorkResult::isLinked).toList();
                at = upward.stream().filter(x -> x.getText().equalsIgnoreCase(i.getText())).findFirst()
                        .orElse(upward.isEmpty() ? null : upward.get(0));
            } else if (at.getSupportedResultId() != null) {
                at = planning.result(g, at.getSupportedResultId()).orElse(null);
            } else {
                at = null;
            }
        }
        for (int d = 0; d < steps.size(); d++) {
            LineageStep s = steps.get(d);
            steps.set(d, new LineageStep(d, s.kind(), s.id(), s.ownerName(), s.text(), s.target(), s.skpId(),
                    s.agreementId()));
        }
        return steps;
    }

    private static LineageStep resultStep(WorkResult r) {
        return new LineageStep(0, "RESULT", r.getId(), r.getSkp().getEmployee().name(), r.getText(),
                r.getTarget().toString(), r.getSkp().getId(), null);
    }

    @Override
    public List<LineageStep> lineageDown(long indicatorId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Indicator i = planning.indicator(g, indicatorId).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        visibleAgreement(scope, i.getObjective().getAgreement().getId());
        List<LineageStep> steps = new ArrayList<>();
        steps.add(new LineageStep(0, "INDICATOR", i.getId(), i.getObjective().getAgreement().getOwnerName(),
                i.getText(), i.getTarget().toString(), null, i.getObjective().getAgreement().getId()));
        Set<Long> seen = new HashSet<>();
        down(g, planning.resultsSupportingIndicators(g, List.of(indicatorId)), 1, steps, seen);
        return steps;
    }

    /** Depth-first: each result, then the results supporting it, then the agreements its owner cascades. */
    private void down(long g, List<WorkResult> results, int depth, List<LineageStep> steps, Set<Long> seen) {
        for (WorkResult r : results) {
            if (!seen.add(r.getId()) || depth > 12) {
                continue;
            }
            LineageStep s = resultStep(r);
            steps.add(new LineageStep(depth, s.kind(), s.id(), s.ownerName(), s.text(), s.target(), s.skpId(), null));
            List<WorkResult> below = new ArrayList<>(planning.resultsSupportingResults(g, List.of(r.getId())));
            // the result's owner may head a unit whose own agreement cascades further down
            for (PerformanceAgreement a : planning.approvedAgreements(g, List.of(r.getSkp().getEmployeeId()),
                    r.getSkp().getYear())) {
                below.addAll(planning.resultsSupportingIndicators(g,
                        a.indicators().stream().map(Indicator::getId).toList()));
            }
            down(g, below, depth + 1, steps, seen);
        }
    }

    // ---- dialogues

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


    // ---- oversight

    @Override
    public List<ProgressRow> progress(int year, Long departmentId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        if (!scope.has(Role.ADMIN) && !scope.has(Role.OVERSIGHT)) {
            throw new AccessDeniedException("plan.progress");
        }
        Map<Long, String> names = new LinkedHashMap<>();
        List<Object[]> counts;
        if (departmentId == null) {
            organisation.departments(g).forEach(d -> names.put(d.getId(), d.getName()));
            counts = planning.skpCountsByDepartmentAndState(g, year);
        } else {
            Department d = organisation.department(g, departmentId)
                    .orElseThrow(() -> new NotFoundException("department", departmentId));
            organisation.units(g).stream().filter(u -> u.getDepartment().equals(d))
                    .forEach(u -> names.put(u.getId(), u.getName()));
            counts = planning.skpCountsByUnitAndState(g, departmentId, year);
        }
        Map<Long, long[]> tally = new HashMap<>();
        for (Object[] row : counts) {
            long[] t = tally.computeIfAbsent((Long) row[0], k -> new long[4]);
            SkpState state = (SkpState) row[1];
            long n = ((Number) row[2]).longValue();
            switch (state) {
                case DRAFT, RETURNED -> t[0] += n;
                case SUBMITTED -> t[1] += n;
                case APPROVED -> t[2] += n;
                case CLOSED -> t[3] += n;
                default -> throw new IllegalStateException(state.name());
            }
        }
        List<ProgressRow> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            long[] t = tally.getOrDefault(id, new long[4]);
            rows.add(new ProgressRow(id, name, t[0], t[1], t[2], t[3]));
        });
        return rows;
    }
}
