package id.sikerja.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The targets of a work team, each member's own targets within it, and the link from an SKP result to the team
 * target it serves. Scoped like {@link WorkTeams}: the team's targets are shaped by the head of its owner unit or of
 * a unit above it; members' targets by those heads and the team's ketua; the link by the SKP's owner, to targets of
 * teams they belong to during the SKP's period. Another government's team or SKP is not found.
 */
public interface TeamTargets {

    /** Adds a target at the end of a draft team's list. Returns its id. */
    long addTarget(long teamId, int teamVersion, TargetData data);

    /** Rewrites a target; {@code targetVersion} is the version of the target the user saw. */
    void updateTarget(long teamId, long targetId, int targetVersion, TargetData data);

    void removeTarget(long teamId, int teamVersion, long targetId);

    /** Moves a target one place up ({@code -1}) or down ({@code +1}). */
    void moveTarget(long teamId, int teamVersion, long targetId, int step);

    /** The indicators of the owner unit's agreements for the team's years, to name the one a target serves. */
    List<IndicatorOption> indicatorOptions(long teamId);

    /** Gives a member a target of their own that serves a target of the team. Returns its id. */
    long addMemberTarget(long teamId, long memberId, MemberTargetData data);

    void updateMemberTarget(long teamId, long memberTargetId, int version, MemberTargetData data);

    void removeMemberTarget(long teamId, long memberTargetId, int version);

    /**
     * For an SKP the caller may see: the targets of the teams its owner is an active member of during its period,
     * the team target each result names, and whether the caller (its owner, before it is closed) may change them.
     */
    SkpTeamLinks skpLinks(long skpId);

    /** The SKP's owner names the team target a result serves, or none ({@code teamTargetId} null). */
    void serveTeamTarget(long skpId, long resultId, Long teamTargetId);

    /** {@code served}: result id → team target id, for the results that name one. */
    record SkpTeamLinks(boolean editable, List<TeamTargetOption> options, Map<Long, Long> served) {
        public String labelOf(Long targetId) {
            return options.stream().filter(o -> targetId != null && o.id() == targetId).map(TeamTargetOption::label)
                    .findFirst().orElse(null);
        }
    }

    record TargetData(String objective, String indicator, String target, BigDecimal targetNumeric, String unit,
                      Long agreementIndicatorId) {
    }

    record MemberTargetData(long teamTargetId, String objective, String indicator, String target) {
    }

    record IndicatorOption(long id, int year, String objective, String text) {
        public String label() {
            return year + " · " + objective + " — " + text;
        }
    }

    record TeamTargetOption(long id, long teamId, String teamName, String objective, String indicator,
                            String target) {
        public String label() {
            return teamName + ": " + indicator + " (" + target + ")";
        }
    }
}
