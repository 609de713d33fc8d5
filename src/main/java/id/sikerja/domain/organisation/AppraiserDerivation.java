package id.sikerja.domain.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives an employee's appraiser, unit head and performance owner from the government's appraiser
 * rules. The appraiser is the direct superior, at least Pengawas or someone with delegated
 * authority (KU Pasal 1.16); who that is per unit type and position is set by each government's
 * tables (KL Lampiran B; the structure models of KU Lampiran B, JB Lampiran II, PS Lampiran I). The
 * unit head (Pimpinan Unit Organisasi) may differ from the appraiser: the head assigns, the
 * appraiser rates (KU Lampiran B). The performance owner is the Level I head unless a rule says
 * otherwise (KL Pasal 1.20, Pasal 7).
 *
 * <p>Selection: among the rules matching the appraisee's position only the most specific count;
 * if they point at different positions the result is {@link AppraisalProblem#AMBIGUOUS_RULE}, never
 * a guess. An active manual override wins over the rules.
 */
public final class AppraiserDerivation {

    private final StructureLookup structure;
    private final int defaultOwnerLevel;

    public AppraiserDerivation(StructureLookup structure, int defaultOwnerLevel) {
        this.structure = structure;
        this.defaultOwnerLevel = defaultOwnerLevel;
    }

    public AppraisalResult derive(Employee appraisee, LocalDate on, List<AppraiserRule> rules,
                                  Optional<AppraiserOverride> override) {
        Optional<Placement> placement = appraisee.placementOn(on);
        if (placement.isEmpty()) {
            return problem(AppraisalProblem.NOT_PLACED, List.of(), override);
        }
        Position position = placement.get().getPosition();
        if (!isAppraised(position)) {
            return new AppraisalResult(null, null, null, null, null, List.of(), null);
        }
        Employee unitHead = resolve(AppraiserTarget.directSuperior(), position, on).holder;
        List<AppraiserRule> matching = mostSpecific(position, rules);

        AppraiserTarget ownerTarget = matching.stream().map(AppraiserRule::getPerformanceOwner)
                .filter(t -> t != null).findFirst().orElse(AppraiserTarget.headAtLevel(defaultOwnerLevel));
        Employee owner = resolve(ownerTarget, position, on).holder;

        if (override.isPresent() && override.get().isActive()) {
            Employee chosen = override.get().getAppraiser();
            Position chosenPosition = chosen.placementOn(on).map(Placement::getPosition).orElse(null);
            return new AppraisalResult(chosen, chosenPosition, unitHead, owner, null, matching, override.get());
        }
        if (matching.isEmpty()) {
            return new AppraisalResult(null, null, unitHead, owner, AppraisalProblem.MISSING_RULE, List.of(), null);
        }
        Map<Position, AppraiserRule> targets = new LinkedHashMap<>();
        Resolution first = null;
        for (AppraiserRule rule : matching) {
            Resolution r = resolve(rule.getAppraiser(), position, on);
            if (r.problem != null && r.position == null) {
                return new AppraisalResult(null, null, unitHead, owner, r.problem, matching, null);
            }
            targets.putIfAbsent(r.position, rule);
            if (first == null) {
                first = r;
            }
        }
        if (targets.size() > 1) {
            return new AppraisalResult(null, null, unitHead, owner, AppraisalProblem.AMBIGUOUS_RULE, matching, null);
        }
        return new AppraisalResult(first.holder, first.position, unitHead, owner, first.problem, matching, null);
    }

    /**
     * The Bupati/Walikota is a state official, not an ASN: performance appraisal under PermenPANRB
     * 6/2022 (and the SKP) applies to ASN only, so the regional head has no appraiser.
     */
    public static boolean isAppraised(Position position) {
        return position.getPositionClass() != PositionClass.KEPALA_DAERAH;
    }

    /** The rules that match {@code position} and have the highest specificity. */
    static List<AppraiserRule> mostSpecific(Position position, List<AppraiserRule> rules) {
        List<AppraiserRule> matching = rules.stream().filter(r -> r.matches(position)).toList();
        int best = matching.stream().mapToInt(AppraiserRule::specificity).max().orElse(-1);
        return matching.stream().filter(r -> r.specificity() == best)
                .sorted(Comparator.comparing(AppraiserRule::getRuleCode)).toList();
    }

    private Resolution resolve(AppraiserTarget target, Position appraiseePosition, LocalDate on) {
        Government government = appraiseePosition.getGovernment();
        Optional<Position> found = switch (target.kind()) {
            case REGIONAL_SECRETARY -> structure.regionalSecretaryPosition(government);
            case REGIONAL_HEAD -> structure.regionalHeadPosition(government);
            case DIRECT_SUPERIOR -> walkUp(appraiseePosition, Integer.MAX_VALUE);
            case HEAD_AT_LEVEL -> walkUp(appraiseePosition, target.level());
        };
        if (found.isEmpty() || found.get().equals(appraiseePosition)) {
            return new Resolution(null, null, AppraisalProblem.NO_SUPERIOR);
        }
        List<Employee> holders = structure.holdersOf(found.get(), on);
        if (holders.isEmpty()) {
            return new Resolution(found.get(), null, AppraisalProblem.VACANT_APPRAISER);
        }
        return new Resolution(found.get(), holders.get(0), null);
    }

    /**
     * From the appraisee's unit (its parent when the appraisee heads it) upwards, the head position of
     * the first unit that has one and whose level is at most {@code maxLevel}.
     */
    private Optional<Position> walkUp(Position appraiseePosition, int maxLevel) {
        OrgUnit unit = appraiseePosition.isHeadsUnit() ? appraiseePosition.getUnit().getParent()
                : appraiseePosition.getUnit();
        for (; unit != null; unit = unit.getParent()) {
            if (unit.getLevel() <= maxLevel) {
                Optional<Position> head = structure.headPositionOf(unit);
                if (head.isPresent()) {
                    return head;
                }
            }
        }
        return Optional.empty();
    }

    private static AppraisalResult problem(AppraisalProblem problem, List<AppraiserRule> rules,
                                           Optional<AppraiserOverride> override) {
        return new AppraisalResult(null, null, null, null, problem, rules, override.orElse(null));
    }

    private record Resolution(Position position, Employee holder, AppraisalProblem problem) {
    }
}
