package id.sikerja.interfaces.web.teams;

import id.sikerja.application.TeamTargets;
import id.sikerja.application.TeamTargets.IndicatorOption;
import id.sikerja.application.TeamTargets.MemberTargetData;
import id.sikerja.application.TeamTargets.TargetData;
import id.sikerja.application.WorkTeams.MemberTargetView;
import id.sikerja.application.WorkTeams.MemberView;
import id.sikerja.application.WorkTeams.TargetView;
import id.sikerja.application.WorkTeams.TeamView;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The targets part of the team page: the team's targets (add, edit, remove, reorder, the agreement indicator each
 * serves) and each member's own targets. Works beside {@link TeamBean}, which it reloads after each change.
 */
@Named
@ViewScoped
public class TeamTargetEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamTargets teamTargets;

    @Inject
    TeamBean teamBean;

    private List<IndicatorOption> indicatorOptions = List.of();

    // team target form
    private Long targetId;
    private int targetVersion;
    private String objective;
    private String indicator;
    private String targetValue;
    private BigDecimal targetNumeric;
    private String unit;
    private Long indicatorId;

    // member target form
    private Long memberId;
    private Long memberTargetId;
    private int memberTargetVersion;
    private Long servedId;
    private String memberObjective;
    private String memberIndicator;
    private String memberTarget;

    /** After {@link TeamBean#load}: the owner unit's agreement indicators, for those who shape a draft. */
    public void load() {
        indicatorOptions = teamBean.isDraftEditable() ? teamTargets.indicatorOptions(team().id()) : List.of();
    }

    private TeamView team() {
        return teamBean.getTeam();
    }

    private void after(boolean done, String key) {
        if (done) {
            UiMessages.info(key);
        }
        teamBean.load();
    }

    // ---- team targets

    public void saveTarget() {
        TargetData data = new TargetData(objective, indicator, targetValue, targetNumeric, unit, indicatorId);
        boolean editing = targetId != null;
        boolean done = UiMessages.attempt(() -> {
            if (editing) {
                teamTargets.updateTarget(team().id(), targetId, targetVersion, data);
            } else {
                teamTargets.addTarget(team().id(), team().version(), data);
            }
        });
        if (done) {
            clearTarget();
        }
        after(done, editing ? "saved" : "team.targetAdded");
    }

    public void editTarget(TargetView t) {
        targetId = t.id();
        targetVersion = t.version();
        objective = t.objective();
        indicator = t.indicator();
        targetValue = t.target();
        targetNumeric = t.targetNumeric();
        unit = t.unit();
        indicatorId = t.agreementIndicatorId();
    }

    public void clearTarget() {
        targetId = null;
        objective = null;
        indicator = null;
        targetValue = null;
        targetNumeric = null;
        unit = null;
        indicatorId = null;
    }

    public void removeTarget(TargetView t) {
        after(UiMessages.attempt(() -> teamTargets.removeTarget(team().id(), team().version(), t.id())),
                "team.targetRemoved");
    }

    public void moveTarget(TargetView t, int step) {
        after(UiMessages.attempt(() -> teamTargets.moveTarget(team().id(), team().version(), t.id(), step)),
                "team.targetMoved");
    }

    // ---- members' own targets

    public void saveMemberTarget() {
        boolean editing = memberTargetId != null;
        boolean done = UiMessages.attempt(() -> {
            if (memberId == null || servedId == null) {
                throw new BusinessRuleException("team.memberTargetIncomplete");
            }
            MemberTargetData data = new MemberTargetData(servedId, memberObjective, memberIndicator, memberTarget);
            if (editing) {
                teamTargets.updateMemberTarget(team().id(), memberTargetId, memberTargetVersion, data);
            } else {
                teamTargets.addMemberTarget(team().id(), memberId, data);
            }
        });
        if (done) {
            clearMemberTarget();
        }
        after(done, editing ? "saved" : "team.memberTargetAdded");
    }

    public void editMemberTarget(MemberView m, MemberTargetView t) {
        memberId = m.id();
        memberTargetId = t.id();
        memberTargetVersion = t.version();
        servedId = t.teamTargetId();
        memberObjective = t.objective();
        memberIndicator = t.indicator();
        memberTarget = t.target();
    }

    public void clearMemberTarget() {
        memberTargetId = null;
        servedId = null;
        memberObjective = null;
        memberIndicator = null;
        memberTarget = null;
    }

    public void removeMemberTarget(MemberTargetView t) {
        after(UiMessages.attempt(() -> teamTargets.removeMemberTarget(team().id(), t.id(), t.version())),
                "team.memberTargetRemoved");
    }

    /** One row of the members' targets table. */
    public record MemberTargetRow(MemberView member, MemberTargetView target) implements Serializable {
    }

    /** The members' own targets the caller may see, person by person. */
    public List<MemberTargetRow> getMemberTargetRows() {
        TeamView t = team();
        if (t == null) {
            return List.of();
        }
        return t.members().stream().flatMap(m -> m.targets().stream().map(x -> new MemberTargetRow(m, x))).toList();
    }

    // ---- form state

    public List<IndicatorOption> getIndicatorOptions() {
        return indicatorOptions;
    }

    public boolean isEditingTarget() {
        return targetId != null;
    }

    public boolean isEditingMemberTarget() {
        return memberTargetId != null;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public BigDecimal getTargetNumeric() {
        return targetNumeric;
    }

    public void setTargetNumeric(BigDecimal targetNumeric) {
        this.targetNumeric = targetNumeric;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getServedId() {
        return servedId;
    }

    public void setServedId(Long servedId) {
        this.servedId = servedId;
    }

    public String getMemberObjective() {
        return memberObjective;
    }

    public void setMemberObjective(String memberObjective) {
        this.memberObjective = memberObjective;
    }

    public String getMemberIndicator() {
        return memberIndicator;
    }

    public void setMemberIndicator(String memberIndicator) {
        this.memberIndicator = memberIndicator;
    }

    public String getMemberTarget() {
        return memberTarget;
    }

    public void setMemberTarget(String memberTarget) {
        this.memberTarget = memberTarget;
    }
}
