package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A person in a work team with their role, task and own targets. Part of the {@link WorkTeam} aggregate. */
@Entity
@Table(name = "work_team_member")
public class TeamMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private WorkTeam team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamRole role;

    @Column(length = 1000)
    private String task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TechnicalApproval approval;

    @Column(name = "approval_reason", columnDefinition = "text")
    private String approvalReason;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TeamMemberTarget> targets = new ArrayList<>();

    protected TeamMember() {
    }

    TeamMember(WorkTeam team, Employee employee, TeamRole role, String task) {
        this.government = team.getGovernment();
        this.team = team;
        this.employee = employee;
        this.role = role;
        this.task = task;
        this.approval = role.isTechnical() ? TechnicalApproval.PENDING : TechnicalApproval.NOT_NEEDED;
    }

    void changeRole(TeamRole newRole) {
        this.role = newRole;
        this.approval = newRole.isTechnical() ? TechnicalApproval.PENDING : TechnicalApproval.NOT_NEEDED;
        this.approvalReason = null;
    }

    /** JB Pasal 22: the Sekda approves (or refuses, with a reason) a technical role. */
    void decideTechnical(boolean approve, String reason) {
        if (approval != TechnicalApproval.PENDING) {
            throw new BusinessRuleException("team.technicalNotPending");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("team.reasonRequired");
        }
        this.approval = approve ? TechnicalApproval.APPROVED : TechnicalApproval.REFUSED;
        this.approvalReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    // ---- own targets (PS Lampiran III annex: one row per person with their own sasaran, indikator, target)

    /**
     * Gives the member a target of their own that serves one of the team's targets. Like the rest of the decree's
     * content it is set while the team is a draft (the signed decree prints it).
     */
    public TeamMemberTarget addTarget(TeamTarget served, TargetContent content) {
        requireOwnTargetsOpen(served);
        TeamMemberTarget t = new TeamMemberTarget(this, served, content);
        targets.add(t);
        return t;
    }

    /** Rewrites one of the member's own targets; see {@link #addTarget}. */
    public void reviseTarget(TeamMemberTarget own, TeamTarget served, TargetContent content) {
        requireOwn(own);
        requireOwnTargetsOpen(served);
        own.write(served, content);
    }

    public void removeTarget(TeamMemberTarget own) {
        requireOwn(own);
        requireDraft();
        targets.remove(own);
    }

    /** A member's target serves a target of the member's own team, never another team's. */
    private void requireOwnTargetsOpen(TeamTarget served) {
        requireDraft();
        if (served == null || !served.belongsTo(team)) {
            throw new BusinessRuleException("team.memberTargetOtherTeam");
        }
    }

    private void requireDraft() {
        if (team.getState() != WorkTeamState.DRAFT) {
            throw new BusinessRuleException("team.wrongState", team.getState().name());
        }
    }

    private void requireOwn(TeamMemberTarget own) {
        if (own == null || !targets.contains(own)) {
            throw new BusinessRuleException("team.targetUnknown");
        }
    }

    /** Whether one of the member's own targets serves the team target. */
    boolean serves(TeamTarget teamTarget) {
        return targets.stream().anyMatch(t -> t.getServed() == teamTarget || t.getServed().equals(teamTarget));
    }

    public List<TeamMemberTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public WorkTeam getTeam() {
        return team;
    }

    public Employee getEmployee() {
        return employee;
    }

    public TeamRole getRole() {
        return role;
    }

    public String getTask() {
        return task;
    }

    public TechnicalApproval getApproval() {
        return approval;
    }

    public String getApprovalReason() {
        return approvalReason;
    }
}
