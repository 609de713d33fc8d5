package id.sikerja.domain.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Derives an employee's appraiser, unit head and performance owner from the government's appraiser
 * rules. The appraiser is the direct superior, at least Pengawas or someone with delegated
 * authority (KU Pasal 1 angka 16); who that is per unit type, unit and position is set by each
 * government's tables (KL Lampiran B; the structure models of KU Lampiran I huruf B, JB Lampiran II,
 * PS Lampiran I). The unit head (Pimpinan Unit Organisasi, the one who gives the work) may differ from
 * the appraiser: in KU Setda Model 2 the Asisten gives the Kabag the work and the Sekda rates him, in
 * Model 4 the Kasubbag gives the JF and Pelaksana the work and the Kabag rates them (KU Lampiran I
 * huruf B angka 1 huruf b and d). A rule may name the unit head; where none does it is the direct
 * superior in the tree. The performance owner is the Level I head unless a rule says otherwise (KL
 * Pasal 1 angka 20, Pasal 7).
 *
 * <p>Selection: among the rules matching the appraisee's position only the most specific count
 * ({@link AppraiserRule#specificity()}: a rule that selects the unit beats one that does not); if they
 * point at different positions — as appraiser or as unit head — the result is
 * {@link AppraisalProblem#AMBIGUOUS_RULE}, never a guess. An active manual override wins over the rules
 * for the appraiser.
 *
 * <p>Delegation (KU Pasal 1 angka 16, JB Pasal 1, KL Pasal 1 angka 22: "paling rendah pejabat pengawas
 * atau pejabat lain yang diberi pendelegasian kewenangan"): a rule that makes a Pejabat Fungsional or
 * Pelaksana the appraiser must record the legal basis of the delegation, else the result is
 * {@link AppraisalProblem#UNDELEGATED_APPRAISER}. Delegation is modelled on the rule, not guessed from
 * the tree, because it is a legal act with a source the admin must be able to show (a regulation's table
 * row naming the Kepala Puskesmas, a head's decree for a JF group); until it is recorded the admin sees
 * the row as a problem. Where the law gives no delegation, rules use
 * {@link AppraiserTargetKind#SUPERVISORY_SUPERIOR}: the JF group head gives the work, the nearest
 * official of at least Pengawas rank rates it.
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
        List<AppraiserRule> matching = mostSpecific(position, rules);
        UnitHead head = unitHead(matching, position, on);
        Employee unitHead = head.holder();

        AppraiserTarget ownerTarget = matching.stream().map(AppraiserRule::getPerformanceOwner)
                .filter(t -> t != null).findFirst().orElse(AppraiserTarget.headAtLevel(defaultOwnerLevel));
        Employee owner = resolve(ownerTarget, position, on).holder;

        if (override.isPresent() && override.get().isActive()) {
            Employee chosen = override.get().getAppraiser();
            Position chosenPosition = chosen.placementOn(on).map(Placement::getPosition).orElse(null);
            return new AppraisalResult(chosen, chosenPosition, unitHead, owner,
                    head.ambiguous() ? AppraisalProblem.AMBIGUOUS_RULE : null, matching, override.get());
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
        if (targets.size() > 1 || head.ambiguous()) {
            return new AppraisalResult(null, null, unitHead, owner, AppraisalProblem.AMBIGUOUS_RULE, matching, null);
        }
        if (!mayAppraiseWithoutDelegation(first.position)
                && matching.stream().allMatch(r -> r.getDelegationBasis() == null)) {
            return new AppraisalResult(null, first.position, unitHead, owner, AppraisalProblem.UNDELEGATED_APPRAISER,
                    matching, null);
        }
        return new AppraisalResult(first.holder, first.position, unitHead, owner, first.problem, matching, null);
    }

    /**
     * Whether a position may be Pejabat Penilai Kinerja by its rank alone: "paling rendah pejabat
     * pengawas" (KU Pasal 1 angka 16) — Pengawas, Administrator, JPT — and the regional head, who rates
     * the heads of Perangkat Daerah. Everyone else needs a delegation.
     */
    public static boolean mayAppraiseWithoutDelegation(Position position) {
        return position.getPositionClass().isManagerial();
    }

    /**
     * The unit head named by the most specific rules, the direct superior where none names one. Rules
     * that name different people make it ambiguous (no unit head, never a guess).
     */
    private UnitHead unitHead(List<AppraiserRule> matching, Position position, LocalDate on) {
        List<AppraiserTarget> named = matching.stream().map(AppraiserRule::getUnitHead).filter(t -> t != null)
                .distinct().toList();
        if (named.isEmpty()) {
            return new UnitHead(resolve(AppraiserTarget.directSuperior(), position, on).holder, false);
        }
        List<Resolution> resolved = named.stream().map(t -> resolve(t, position, on)).toList();
        if (resolved.stream().map(Resolution::position).distinct().count() > 1) {
            return new UnitHead(null, true);
        }
        return new UnitHead(resolved.get(0).holder, false);
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
            case DIRECT_SUPERIOR -> walkUp(appraiseePosition, Integer.MAX_VALUE, p -> true);
            case HEAD_AT_LEVEL -> walkUp(appraiseePosition, target.level(), p -> true);
            case SUPERVISORY_SUPERIOR -> walkUp(appraiseePosition, Integer.MAX_VALUE,
                    AppraiserDerivation::mayAppraiseWithoutDelegation);
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
     * the first unit that has one accepted by {@code accept} and whose level is at most {@code maxLevel}.
     */
    private Optional<Position> walkUp(Position appraiseePosition, int maxLevel, Predicate<Position> accept) {
        OrgUnit unit = appraiseePosition.isHeadsUnit() ? appraiseePosition.getUnit().getParent()
                : appraiseePosition.getUnit();
        for (; unit != null; unit = unit.getParent()) {
            if (unit.getLevel() <= maxLevel) {
                Optional<Position> head = structure.headPositionOf(unit);
                if (head.isPresent() && accept.test(head.get())) {
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

    private record UnitHead(Employee holder, boolean ambiguous) {
    }

    private record Resolution(Position position, Employee holder, AppraisalProblem problem) {
    }
}
