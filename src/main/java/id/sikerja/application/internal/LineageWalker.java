package id.sikerja.application.internal;

import id.sikerja.application.Cascading.LineageStep;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.WorkResult;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lineage of {@link CascadingServiceBean}: follows only recorded links — a result to the result or agreement
 * indicator it supports, an agreement indicator to the superior's indicator it serves — up, and the same links
 * back down; never a guess by wording. Every step passes the visibility rule of the SKP or agreement it shows
 * ({@link PlanningSupport#maySee(AccessScope, Skp)}, {@link PlanningSupport#maySee(AccessScope, PerformanceAgreement)},
 * the rules of the SKP and agreement pages): a step the caller may not see keeps its place, without its content.
 */
@Dependent
public class LineageWalker {

    /** Deeper than any organisation the product models; a guard against a cycle slipping through. */
    static final int MAX_DEPTH = 12;

    @Inject
    PlanningRepository planning;

    @Inject
    PlanningSupport support;

    /** From a result up to the top: the caller may see the result (checked by the caller of this method). */
    List<LineageStep> up(AccessScope scope, WorkResult from) {
        return new Walk(scope).up(from);
    }

    /** From an indicator up through the indicators it serves. */
    List<LineageStep> above(AccessScope scope, Indicator from) {
        Walk walk = new Walk(scope);
        walk.climb(from);
        return walk.numbered();
    }

    /** An indicator and everything linked below it, depth first. */
    List<LineageStep> down(AccessScope scope, Indicator from) {
        Walk walk = new Walk(scope);
        walk.belowIndicator(from, 0);
        return walk.steps;
    }

    /** One walk: its steps, what it has passed, and the visibility answers it already has. */
    private final class Walk {
        private final AccessScope scope;
        private final long g;
        private final List<LineageStep> steps = new ArrayList<>();
        private final Set<Long> results = new HashSet<>();
        private final Set<Long> indicators = new HashSet<>();
        private final Map<Long, Boolean> skpVisible = new HashMap<>();
        private final Map<Long, Boolean> agreementVisible = new HashMap<>();

        Walk(AccessScope scope) {
            this.scope = scope;
            this.g = scope.governmentId();
        }

        List<LineageStep> up(WorkResult from) {
            WorkResult at = from;
            while (at != null && results.add(at.getId()) && steps.size() <= MAX_DEPTH) {
                steps.add(result(at, 0));
                if (at.getSupportedIndicatorId() != null) {
                    planning.indicator(g, at.getSupportedIndicatorId()).ifPresent(this::climb);
                    at = null;
                } else if (at.getSupportedResultId() != null) {
                    at = planning.result(g, at.getSupportedResultId()).orElse(null);
                } else {
                    at = null;
                }
            }
            return numbered();
        }

        /**
         * The indicator and those it serves, to the top. An indicator without a link ends the climb; where its
         * owner's superiors have an approved agreement of the year it could serve, with the mark that it is not
         * linked (at the top of the organisation nothing is above it to serve).
         */
        void climb(Indicator from) {
            Indicator at = from;
            while (at != null && indicators.add(at.getId()) && steps.size() <= 2 * MAX_DEPTH) {
                steps.add(indicator(at, 0));
                if (at.getServesIndicatorId() != null) {
                    at = planning.indicator(g, at.getServesIndicatorId()).orElse(null);
                } else {
                    if (couldServe(at.getObjective().getAgreement())) {
                        steps.add(new LineageStep(0, LineageStep.UNLINKED, 0, null, null, null, null, null, true));
                    }
                    at = null;
                }
            }
        }

        /**
         * The indicator, the results supporting it (each with the results supporting it), and the indicators of
         * the current agreements below that serve it, each with its own lineage down.
         */
        void belowIndicator(Indicator i, int depth) {
            if (depth > MAX_DEPTH || !indicators.add(i.getId())) {
                return;
            }
            steps.add(indicator(i, depth));
            for (WorkResult r : planning.resultsSupportingIndicators(g, List.of(i.getId()))) {
                belowResult(r, depth + 1);
            }
            for (Indicator serving : planning.indicatorsServing(g, List.of(i.getId()))) {
                // an amended agreement's old revision served it too; its successor is the one that counts
                if (serving.getObjective().getAgreement().getState() != AgreementState.SUPERSEDED) {
                    belowIndicator(serving, depth + 1);
                }
            }
        }

        private void belowResult(WorkResult r, int depth) {
            if (depth > MAX_DEPTH || !results.add(r.getId())) {
                return;
            }
            steps.add(result(r, depth));
            for (WorkResult below : planning.resultsSupportingResults(g, List.of(r.getId()))) {
                belowResult(below, depth + 1);
            }
        }

        private boolean couldServe(PerformanceAgreement a) {
            Set<Long> superiors = support.superiorPlan(g, a).superiorIds();
            return !planning.approvedAgreements(g, superiors, a.getYear()).isEmpty();
        }

        private LineageStep result(WorkResult r, int depth) {
            Skp s = r.getSkp();
            if (!skpVisible.computeIfAbsent(s.getId(), id -> support.maySee(scope, s))) {
                return hidden(LineageStep.RESULT, depth);
            }
            return new LineageStep(depth, LineageStep.RESULT, r.getId(), s.getEmployee().name(), r.getText(),
                    r.getTarget().toString(), s.getId(), null, true);
        }

        private LineageStep indicator(Indicator i, int depth) {
            PerformanceAgreement a = i.getObjective().getAgreement();
            if (!agreementVisible.computeIfAbsent(a.getId(), id -> support.maySee(scope, a))) {
                return hidden(LineageStep.INDICATOR, depth);
            }
            return new LineageStep(depth, LineageStep.INDICATOR, i.getId(), a.getOwnerName(), i.getText(),
                    i.getTarget().toString(), null, a.getId(), true);
        }

        private LineageStep hidden(String kind, int depth) {
            return new LineageStep(depth, kind, 0, null, null, null, null, null, false);
        }

        /** An upward chain: each step one level above the one before. */
        List<LineageStep> numbered() {
            List<LineageStep> out = new ArrayList<>(steps.size());
            for (int d = 0; d < steps.size(); d++) {
                out.add(steps.get(d).at(d));
            }
            return out;
        }
    }
}
