package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target a team works on: sasaran kinerja, indikator kinerja, target kinerja (PS Lampiran III annex), with its
 * own identity so that members' targets, SKP results and (later) activities and logs can point at it. It may name
 * the indicator of the owner unit's performance agreement it serves. Part of the {@link WorkTeam} aggregate; its
 * own version guards concurrent edits of the same target.
 */
@Entity
@Table(name = "team_target")
public class TeamTarget extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private WorkTeam team;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String objective;

    @Column(nullable = false, length = 500)
    private String indicator;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(name = "target_numeric", precision = 18, scale = 4)
    private BigDecimal targetNumeric;

    @Column(name = "target_unit", length = 100)
    private String unit;

    @Column(name = "agreement_indicator_id")
    private Long agreementIndicatorId;

    protected TeamTarget() {
    }

    TeamTarget(WorkTeam team, int position, TargetContent content) {
        this.government = team.getGovernment();
        this.team = team;
        this.position = position;
        write(content);
    }

    void write(TargetContent content) {
        this.objective = content.objective();
        this.indicator = content.indicator();
        this.target = content.target();
        this.targetNumeric = content.targetNumeric();
        this.unit = content.unit();
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /**
     * Names the indicator of a performance agreement this target serves, or none. A team works for the performance
     * of its owner unit, set in that unit's agreement (PS Lampiran I huruf A angka 1 huruf a–b: the agreement and its
     * targets come first, then the choice to work in teams), so the indicator must belong to an agreement of the
     * team's government, owned by the team's owner unit, for a year the team runs in, and not superseded by an
     * amendment.
     *
     * @param indicatorId the agreement indicator, or null to drop the link
     * @param agreement   the agreement that holds it (ignored when {@code indicatorId} is null)
     */
    void serveIndicator(Long indicatorId, PerformanceAgreement agreement) {
        if (indicatorId != null) {
            requireIndicatorOfOwner(team, agreement);
        }
        this.agreementIndicatorId = indicatorId;
    }

    /** See {@link #serveIndicator}. */
    public static void requireIndicatorOfOwner(WorkTeam team, PerformanceAgreement agreement) {
        boolean fits = agreement != null
                && agreement.getGovernmentId() == team.getGovernment().getId()
                && agreement.getUnitId() == team.getOwnerUnit().getId()
                && agreement.getYear() >= team.getStartDate().getYear()
                && agreement.getYear() <= team.getEndDate().getYear()
                && agreement.getState() != AgreementState.SUPERSEDED;
        if (!fits) {
            throw new BusinessRuleException("team.indicatorNotOwners", team.getOwnerUnit().getName());
        }
    }

    /**
     * Whether the owner of an SKP may name this target as the one a result of that SKP serves: the person is a member
     * of the team, the team is active (not ended or dissolved) and its period overlaps the SKP's. The team's work
     * goes into its members' SKPs (PermenPANRB 6/2022 Pasal 8; KU Lampiran II huruf B angka 1 huruf d: every position
     * puts its target into its SKP).
     */
    public boolean servableBy(long employeeId, LocalDate skpStart, LocalDate skpEnd) {
        return team.isActive()
                && team.getMembers().stream().anyMatch(m -> m.getEmployee().getId() == employeeId)
                && !team.getStartDate().isAfter(skpEnd) && !team.getEndDate().isBefore(skpStart);
    }

    /** Whether this target belongs to the given team (also for a lazy proxy of it). */
    public boolean belongsTo(WorkTeam other) {
        return team == other || team.equals(other);
    }

    public WorkTeam getTeam() {
        return team;
    }

    public int getPosition() {
        return position;
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

    public BigDecimal getTargetNumeric() {
        return targetNumeric;
    }

    public String getUnit() {
        return unit;
    }

    public Long getAgreementIndicatorId() {
        return agreementIndicatorId;
    }
}
