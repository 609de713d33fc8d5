package id.sikerja.application.internal;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.Cascading;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.PlanningService;
import id.sikerja.application.SkpService;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.Objective;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.shared.BusinessRuleException;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Cascading}: the owner of an approved agreement writes the results of the people below in one matrix
 * (their SKP drafts are started where missing), and anyone who may see a result or an indicator follows its
 * lineage. Every call scoped through {@link CurrentUser#scope()}.
 */
@Stateless
public class CascadingServiceBean implements Cascading {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlanningRepository planning;

    @Inject
    PlanningSupport support;

    @Inject
    AuditTrail audit;

    @Inject
    LineageWalker lineage;

    /** The agreement the caller may cascade: their own, and approved. */
    private PerformanceAgreement cascadable(AccessScope scope, long agreementId) {
        PerformanceAgreement a = support.visibleAgreement(scope, agreementId);
        PlanningSupport.requireOwner(scope, a);
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
            audit.record(PlanningService.AGREEMENT, a.getId(), "agreement.cascade", a.getState().name(), a.getState().name(),
                    null);
        }
        return new MatrixOutcome(started, created, updated, List.copyOf(skipped));
    }

    @Override
    public List<LineageStep> lineageUp(long resultId) {
        AccessScope scope = currentUser.scope();
        WorkResult r = planning.result(scope.governmentId(), resultId)
                .orElseThrow(() -> new NotFoundException("result", resultId));
        support.visibleSkp(scope, r.getSkp().getId());
        return lineage.up(scope, r);
    }

    @Override
    public List<LineageStep> lineageAbove(long indicatorId) {
        AccessScope scope = currentUser.scope();
        return lineage.above(scope, visibleIndicator(scope, indicatorId));
    }

    @Override
    public List<LineageStep> lineageDown(long indicatorId) {
        AccessScope scope = currentUser.scope();
        return lineage.down(scope, visibleIndicator(scope, indicatorId));
    }

    /** The indicator, if the caller may see its agreement. */
    private Indicator visibleIndicator(AccessScope scope, long indicatorId) {
        Indicator i = planning.indicator(scope.governmentId(), indicatorId)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        support.visibleAgreement(scope, i.getObjective().getAgreement().getId());
        return i;
    }
}
