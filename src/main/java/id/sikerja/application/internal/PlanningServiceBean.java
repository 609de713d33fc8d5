package id.sikerja.application.internal;

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
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.WorkTeam;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link PlanningService}: performance agreements from draft to approval and amendment, and the progress
 * of planning for oversight. Every call scoped through {@link CurrentUser#scope()}; reads run in a
 * transaction too, so lazy parts load.
 */
@Stateless
public class PlanningServiceBean implements PlanningService {

    @Inject
    TeamRepository teams;

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
        PerformanceAgreement a = support.visibleAgreement(scope, id);
        Long me = scope.employeeId();
        boolean owner = me != null && me == a.getOwnerId();
        Set<Long> indicatorIds = a.indicators().stream().map(Indicator::getId).collect(Collectors.toSet());
        Map<Long, Long> supporters = planning.resultsSupportingIndicators(scope.governmentId(), indicatorIds).stream()
                .collect(Collectors.groupingBy(WorkResult::getSupportedIndicatorId, Collectors.counting()));
        Map<Long, String> served = new HashMap<>();
        a.indicators().stream().map(Indicator::getServesIndicatorId).filter(Objects::nonNull).distinct()
                .forEach(s -> planning.indicator(scope.governmentId(), s)
                        .filter(x -> support.maySee(scope, x.getObjective().getAgreement()))
                        .ifPresent(x -> served.put(s, servedLabel(x))));
        List<ObjectiveView> objectives = new ArrayList<>();
        for (Objective o : a.getObjectives()) {
            objectives.add(new ObjectiveView(o.getId(), o.getText(), o.getIndicators().stream()
                    .map(i -> new IndicatorView(i.getId(), i.getText(), i.getTarget().getValue(),
                            i.getTarget().getUnit(), i.getWorkMode(), i.getOriginId(),
                            supporters.getOrDefault(i.getId(), 0L), i.getServesIndicatorId(),
                            served.get(i.getServesIndicatorId())))
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

    private PerformanceAgreement forChange(AccessScope scope, long id, int version) {
        PerformanceAgreement a = support.visibleAgreement(scope, id);
        ConcurrentEditException.check("agreement", a.getVersion(), version);
        return a;
    }

    @Override
    public long startAgreement(int year) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee me = support.me(scope);
        Placement p = support.placement(me, LocalDate.now());
        List<WorkTeam> led = teams.activeTeamsLedBy(g, me.getId());
        PerformanceAgreement.requireEligibleOwner(p.getPosition().isHeadsUnit(), LeadRules.leadsKelompokKerjaIn(led, year),
                LeadRules.leadsTeamIn(led, year), support.policy(g));
        if (planning.hasCurrentAgreement(g, me.getId(), year)) {
            throw new BusinessRuleException("agreement.exists", year);
        }
        OrgUnit unit = p.getPosition().getUnit();
        PerformanceAgreement a = planning.add(new PerformanceAgreement(g, me.getId(), unit.getId(),
                unit.getDepartment().getId(), year, me.getName(), p.getPosition().getTitle(), unit.getName()));
        Skp own = planning.currentSkps(g, List.of(me.getId()), year).get(me.getId());
        if (own != null) {
            a.startFromCascade(own.getResults(), support.policy(g), support.superiorPlan(g, a));
        }
        planning.flush();
        audit.record(AGREEMENT, a.getId(), "agreement.start", null, a.getState().name(), null);
        return a.getId();
    }

    @Override
    public void saveAgreement(long id, int version, List<AgreementLine> lines) {
        AccessScope scope = currentUser.scope();
        PerformanceAgreement a = forChange(scope, id, version);
        PlanningSupport.requireOwner(scope, a);
        a.replaceContent(lines, support.policy(scope.governmentId()), support.superiorPlan(scope.governmentId(), a));
        planning.bumpVersion(a);
        planning.flush();
    }

    @Override
    public List<ServableIndicator> servableIndicators(long agreementId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        PerformanceAgreement a = support.visibleAgreement(scope, agreementId);
        PlanningSupport.requireOwner(scope, a);
        Map<Long, ServableIndicator> options = new LinkedHashMap<>();
        for (PerformanceAgreement superior : planning.approvedAgreements(g, support.superiorPlan(g, a).superiorIds(),
                a.getYear())) {
            superior.indicators().forEach(i -> options.put(i.getId(), new ServableIndicator(i.getId(), servedLabel(i))));
        }
        // a link kept from before (the superior has since amended the indicator) stays choosable
        a.indicators().stream().map(Indicator::getServesIndicatorId).filter(Objects::nonNull)
                .filter(s -> !options.containsKey(s)).distinct()
                .forEach(s -> planning.indicator(g, s).ifPresent(i ->
                        options.put(s, new ServableIndicator(s, servedLabel(i)))));
        return List.copyOf(options.values());
    }

    /** "Owner: indicator (target)", as the agreement page and the choice of the served indicator show it. */
    private static String servedLabel(Indicator i) {
        return i.getObjective().getAgreement().getOwnerName() + ": " + i.label();
    }

    @Override
    public void submitAgreement(long id, int version) {
        steps.take(scope -> support.visibleAgreement(scope, id), version, "agreement.submit", null, (a, me) -> {
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
        PerformanceAgreement a = steps.take(scope -> support.visibleAgreement(scope, id), version,
                "agreement.approve", null, PerformanceAgreement::approve);
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
        // the indicators of the agreements below that serve an unchanged indicator follow it too; one that
        // served a changed or removed indicator keeps pointing at the superseded revision until its owner amends
        for (Indicator serving : planning.indicatorsServing(g, old.keySet())) {
            amended.unchangedSuccessorOf(old.get(serving.getServesIndicatorId())).ifPresent(serving::serveSuccessor);
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
        steps.take(scope -> support.visibleAgreement(scope, id), version, "agreement.return", reason,
                (a, me) -> a.returnForRevision(me, reason));
    }

    @Override
    public long amendAgreement(long id, int version, String reason) {
        AccessScope scope = currentUser.scope();
        PerformanceAgreement a = forChange(scope, id, version);
        PlanningSupport.requireOwner(scope, a);
        if (planning.agreementsOwnedBy(scope.governmentId(), a.getOwnerId()).stream()
                .anyMatch(x -> Objects.equals(x.getPreviousId(), a.getId()))) {
            throw new BusinessRuleException("agreement.amendmentExists");
        }
        PerformanceAgreement next = planning.add(a.amend(reason));
        planning.flush();
        audit.record(AGREEMENT, next.getId(), "agreement.amend", null, next.getState().name(), next.getAmendmentReason());
        return next.getId();
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
