package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person in a work team with their role and task. Part of the {@link WorkTeam} aggregate. */
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
