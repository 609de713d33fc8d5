package id.sikerja.application.internal;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.Inbox;
import id.sikerja.application.SkpService;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.planning.AnnexItem;
import id.sikerja.domain.planning.AnnexKind;
import id.sikerja.domain.planning.Approach;
import id.sikerja.domain.planning.IndicatorManual;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link SkpService}: every call scoped through {@link CurrentUser#scope()}. */
@Stateless
public class SkpServiceBean implements SkpService {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlanningRepository planning;

    @Inject
    OrganisationRepository organisation;

    @Inject
    PlanningSupport support;

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    WorkflowSteps steps;

    @Inject
    DocumentRenderer renderer;

    @Override
    public List<SkpRow> mySkps() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        Employee me = support.me(scope);
        AppraisalResult r = support.derive(scope.governmentId(), me, LocalDate.now());
        Long appraiser = r.appraiserIfKnown().map(Employee::getId).orElse(null);
        return planning.skpsOf(scope.governmentId(), scope.employeeId()).stream()
                .map(s -> row(s, s.getYear() == LocalDate.now().getYear() && s.isOutdatedBy(appraiser))).toList();
    }

    @Override
    public List<SkpRow> appraiseeSkps() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return planning.skpsAppraisedBy(scope.governmentId(), scope.employeeId()).stream()
                .map(s -> row(s, false)).toList();
    }

    private static SkpRow row(Skp s, boolean outdated) {
        long unlinked = s.getResults().stream().filter(r -> !r.isLinked()).count();
        long review = s.getResults().stream().filter(WorkResult::isNeedsReview).count();
        return new SkpRow(s.getId(), s.getYear(), s.getPeriodStart(), s.getPeriodEnd(), s.getState(),
                s.getEmployee().name(), s.getEmployee().position(), s.getAppraiser().name(), s.getResults().size(),
                unlinked, review, outdated);
    }

    @Override
    public SkpView skp(long id) {
        AccessScope scope = currentUser.scope();
        Skp s = visible(scope, id);
        Map<String, String[]> values = planning.behaviourValues();
        List<ResultView> results = s.getResults().stream().map(SkpServiceBean::resultView).toList();
        List<BehaviourView> behaviours = s.getBehaviours().stream().map(b -> {
            String[] v = values.getOrDefault(b.getValueCode(), new String[]{b.getValueCode(), ""});
            return new BehaviourView(b.getValueCode(), v[0], v[1], b.getExpectation());
        }).toList();
        Map<AnnexKind, List<String>> annex = new EnumMap<>(AnnexKind.class);
        for (AnnexKind k : AnnexKind.values()) {
            annex.put(k, new ArrayList<>());
        }
        for (AnnexItem a : s.getAnnex()) {
            annex.get(a.getKind()).add(a.getText());
        }
        List<AnnexView> annexViews = annex.entrySet().stream().map(e -> new AnnexView(e.getKey(), e.getValue())).toList();
        boolean required = support.policy(scope.governmentId()).isRequirePlanningDialogue();
        Long me = scope.employeeId();
        return new SkpView(s.getId(), s.getVersion(), s.getEmployeeId(), s.getYear(), s.getPeriodStart(),
                s.getPeriodEnd(), s.getForm(), s.getApproach(), s.getState(), party(s.getEmployee()),
                party(s.getAppraiser()), s.getAppraiserId(), s.getReturnNotes(), results, behaviours, annexViews,
                me != null && s.isEditableBy(me), me != null && me.equals(s.getAppraiserId()), required,
                planningDialogueRecorded(scope.governmentId(), s.getId()));
    }

    private static Party party(Skp.Party p) {
        return new Party(p.name(), p.nip(), p.rank(), p.position(), p.unit());
    }

    private static ResultView resultView(WorkResult r) {
        IndicatorManual m = r.getManual() == null ? IndicatorManual.empty() : r.getManual();
        return new ResultView(r.getId(), r.getCategory(), r.getText(), r.getOrigin(), r.getAspect(),
                r.getPerspective(), r.getIndicatorText(), r.getTarget().getValue(), r.getTarget().getUnit(),
                r.getSupportedIndicatorId(), r.getSupportedResultId(), r.getSupportsText(), r.isLinked(),
                r.isNeedsReview(), new ManualView(m.getPurpose(), m.getDefinition(), m.getFormula(), m.getUnit(),
                m.getControlLevel(), m.getDataSource(), m.getReportingPeriod()));
    }

    boolean planningDialogueRecorded(long governmentId, long skpId) {
        return planning.dialogues(governmentId, SKP.name(), skpId).stream().anyMatch(d -> d.isPlanningDialogueOf(skpId));
    }

    Skp visible(AccessScope scope, long id) {
        return support.visibleSkp(scope, id);
    }

    private Skp forChange(AccessScope scope, long id, int version) {
        Skp s = visible(scope, id);
        ConcurrentEditException.check("skp", s.getVersion(), version);
        return s;
    }

    @Override
    public long startMySkp() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        LocalDate today = LocalDate.now();
        Placement placement = support.placement(me, today);
        AppraisalResult r = support.derive(g, me, today);
        Long appraiser = r.appraiserIfKnown().map(Employee::getId).orElse(null);
        Optional<Skp> running = Optional.ofNullable(
                planning.currentSkps(g, List.of(me.getId()), today.getYear()).get(me.getId()));
        if (running.isPresent()) {
            Skp current = running.get();
            if (!current.isOutdatedBy(appraiser)) {
                return current.getId();
            }
            // Part-year SKP: the running one ends the day before the change (the start of the current
            // placement), at the latest yesterday, and never before its own first day.
            LocalDate lastDay = placement.getStartDate().minusDays(1);
            if (lastDay.isAfter(today.minusDays(1))) {
                lastDay = today.minusDays(1);
            }
            if (lastDay.isBefore(current.getPeriodStart())) {
                lastDay = current.getPeriodStart();
            }
            LocalDate closing = lastDay;
            steps.take(sc -> current, current.getVersion(), "skp.close", null, (x, by) -> x.closeAt(closing));
        }
        // After a closed SKP the next one follows it; a first one starts per Skp.firstPeriodStart.
        LocalDate start = running.map(s -> s.getPeriodEnd().plusDays(1))
                .orElse(Skp.firstPeriodStart(today.getYear(), placement.getStartDate()));
        if (start.isBefore(placement.getStartDate())) {
            start = placement.getStartDate();
        }
        if (start.isAfter(today)) {
            start = today;
        }
        Skp skp = planning.add(support.newSkp(g, me, start));
        planning.flush();
        steps.started(skp, "skp.start", null);
        return skp.getId();
    }

    @Override
    public void chooseApproach(long id, int version, Approach approach) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        s.chooseApproach(me(scope), approach);
        planning.bumpVersion(s);
        planning.flush();
    }

    @Override
    public void addResult(long id, int version, WorkResultLine line) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        s.addResult(me(scope), withCheckedLink(scope, s, line));
        planning.bumpVersion(s);
        planning.flush();
    }

    @Override
    public void updateResult(long id, int version, long resultId, WorkResultLine line) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        s.updateResult(me(scope), resultId, withCheckedLink(scope, s, line));
        planning.bumpVersion(s);
        planning.flush();
    }

    @Override
    public void removeResult(long id, int version, long resultId) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        s.removeResult(me(scope), resultId);
        planning.bumpVersion(s);
        planning.flush();
    }

    /** A link must point at one of the superiors' indicators or results offered for this SKP; its text is theirs. */
    private WorkResultLine withCheckedLink(AccessScope scope, Skp s, WorkResultLine line) {
        if (line.supportedIndicatorId() == null && line.supportedResultId() == null) {
            return line;
        }
        String key = line.supportedIndicatorId() != null ? "INDICATOR:" + line.supportedIndicatorId()
                : "RESULT:" + line.supportedResultId();
        LinkOption option = options(scope.governmentId(), s).stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("skp.linkInvalid"));
        return new WorkResultLine(line.category(), line.text(), line.origin(), line.aspect(), line.perspective(),
                line.indicatorText(), line.targetValue(), line.targetUnit(), line.supportedIndicatorId(),
                line.supportedResultId(), option.text(), line.manual());
    }

    @Override
    public void saveBehaviours(long id, int version, Map<String, String> expectations) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        s.expectBehaviour(me(scope), expectations);
        planning.bumpVersion(s);
        planning.flush();
    }

    @Override
    public void saveAnnex(long id, int version, Map<AnnexKind, List<String>> annex) {
        AccessScope scope = currentUser.scope();
        Skp s = forChange(scope, id, version);
        for (Map.Entry<AnnexKind, List<String>> e : annex.entrySet()) {
            s.replaceAnnex(me(scope), e.getKey(), e.getValue());
        }
        planning.bumpVersion(s);
        planning.flush();
    }

    @Override
    public void submit(long id, int version) {
        steps.take(scope -> visible(scope, id), version, "skp.submit", null, Skp::submit);
    }

    @Override
    public void approve(long id, int version) {
        steps.take(scope -> visible(scope, id), version, "skp.approve", null, (s, me) -> s.approve(me,
                support.policy(s.getGovernmentId()), planningDialogueRecorded(s.getGovernmentId(), s.getId())));
    }

    @Override
    public void returnForRevision(long id, int version, String notes) {
        steps.take(scope -> visible(scope, id), version, "skp.return", notes,
                (s, me) -> s.returnForRevision(me, notes));
    }

    @Override
    public byte[] pdf(long id) {
        AccessScope scope = currentUser.scope();
        Skp s = visible(scope, id);
        String government = organisation.government(scope.governmentId()).map(g -> g.getName().toUpperCase())
                .orElse("");
        return renderer.pdf(SkpDocument.of(s, government, planning.behaviourValues()));
    }

    @Override
    public List<LinkOption> linkOptions(long id) {
        AccessScope scope = currentUser.scope();
        return options(scope.governmentId(), visible(scope, id));
    }

    /**
     * The superiors of an SKP's owner are its appraiser and the owner's unit head; a result may support
     * an indicator of their approved agreements of the year or a result of their current SKP.
     */
    List<LinkOption> options(long governmentId, Skp s) {
        Set<Long> superiors = support.superiorsOf(governmentId, support.employee(governmentId, s.getEmployeeId()),
                s.getAppraiserId());
        List<LinkOption> options = new ArrayList<>();
        for (PerformanceAgreement a : planning.approvedAgreements(governmentId, superiors, s.getYear())) {
            a.indicators().forEach(i -> options.add(new LinkOption("INDICATOR", i.getId(), a.getOwnerName(),
                    i.label())));
        }
        planning.currentSkps(governmentId, superiors, s.getYear()).values().forEach(sup -> sup.getResults()
                .forEach(r -> options.add(new LinkOption("RESULT", r.getId(), sup.getEmployee().name(), r.getText()))));
        return options;
    }

    private static long me(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return scope.employeeId();
    }
}
