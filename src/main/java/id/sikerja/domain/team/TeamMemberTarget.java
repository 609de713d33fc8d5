package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member's own target within the team: the sasaran, indikator and target the decree prints on that person's row
 * (PS Lampiran III annex: the Ketua row, then each Anggota row with their own sasaran kinerja, indikator kinerja and
 * target kinerja), and the team target it serves. Part of the {@link WorkTeam} aggregate through its member.
 */
@Entity
@Table(name = "team_member_target")
public class TeamMemberTarget extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private TeamMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_target_id")
    private TeamTarget served;

    @Column(nullable = false, length = 500)
    private String objective;

    @Column(nullable = false, length = 500)
    private String indicator;

    @Column(nullable = false, length = 200)
    private String target;

    protected TeamMemberTarget() {
    }

    TeamMemberTarget(TeamMember member, TeamTarget served, TargetContent content) {
        this.government = member.getTeam().getGovernment();
        this.member = member;
        write(served, content);
    }

    void write(TeamTarget newServed, TargetContent content) {
        this.served = newServed;
        this.objective = content.objective();
        this.indicator = content.indicator();
        this.target = content.target();
    }

    public TeamMember getMember() {
        return member;
    }

    public TeamTarget getServed() {
        return served;
    }

    public String getObjective() {
        return objective;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getTarget() {
        return target;
    }
}
