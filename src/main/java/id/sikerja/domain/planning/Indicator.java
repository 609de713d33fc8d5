package id.sikerja.domain.planning;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.Set;

/** An Indikator Kinerja of an agreement objective with its target. Part of the agreement aggregate. */
@Entity
@Table(name = "agreement_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    @Column(nullable = false)
    private int position;

    /** The indicator of the previous revision this one continues, so amendments can be traced. */
    @Column(name = "origin_id")
    private Long originId;

    /**
     * The superior's indicator this one serves (null: not linked). Set by the owner when drafting, kept by an
     * amendment, moved to the unchanged successor when the superior's agreement is amended; see
     * {@link #requireServable}.
     */
    @Column(name = "serves_indicator_id")
    private Long servesIndicatorId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Embedded
    private Target target;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode")
    private WorkMode workMode;

    protected Indicator() {
    }

    Indicator(Objective objective, int position, Long originId, String text, Target target, WorkMode workMode,
              Long servesIndicatorId) {
        this.objective = objective;
        this.position = position;
        this.originId = originId;
        this.text = text;
        this.target = target;
        this.workMode = workMode;
        this.servesIndicatorId = servesIndicatorId;
    }

    /**
     * Which indicator an indicator of {@code own} may serve: an indicator of a signed (approved, or approved and
     * since amended) agreement of the same government and the same year, owned by one of the owner's superiors
     * — never the owner's own agreement, so never itself. The superior sets the Perjanjian Kinerja and divides
     * its targets among the heads below, who each take up the ones they answer for (KU Lampiran II.A.1.a;
     * JB Lampiran II.B.5 angka 1: Sekretaris Daerah → Asisten → Kepala Bagian "membagi dan menunjuk";
     * KL Lampiran B.5.1 huruf b–d).
     *
     * @param superiorIds the employees above the owner whose agreements may be served
     */
    public static void requireServable(PerformanceAgreement own, Indicator served, Set<Long> superiorIds) {
        BusinessRuleException refusal = refusal(own, served, superiorIds);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Whether {@link #requireServable} lets an indicator of {@code own} serve {@code served}. */
    public static boolean servable(PerformanceAgreement own, Indicator served, Set<Long> superiorIds) {
        return refusal(own, served, superiorIds) == null;
    }

    private static BusinessRuleException refusal(PerformanceAgreement own, Indicator served, Set<Long> superiorIds) {
        PerformanceAgreement of = served.getObjective().getAgreement();
        if (of.getGovernmentId() != own.getGovernmentId()) {
            return new BusinessRuleException("agreement.servesUnknown");
        }
        if (of == own || of.getOwnerId() == own.getOwnerId()
                || own.getId() != null && own.getId().equals(of.getId())) {
            return new BusinessRuleException("agreement.servesOwn");
        }
        if (of.getYear() != own.getYear()) {
            return new BusinessRuleException("agreement.servesOtherYear", of.getYear(), own.getYear());
        }
        if (!superiorIds.contains(of.getOwnerId())) {
            return new BusinessRuleException("agreement.servesNotSuperior", of.getOwnerName());
        }
        if (of.getState() != AgreementState.APPROVED && of.getState() != AgreementState.SUPERSEDED) {
            return new BusinessRuleException("agreement.servesUnsigned", of.getOwnerName());
        }
        return null;
    }

    /**
     * The superior's agreement was amended and the served indicator continues unchanged in the new revision:
     * the link follows it, as the results supporting it do.
     */
    public void serveSuccessor(Indicator successor) {
        if (servesIndicatorId == null || !servesIndicatorId.equals(successor.getOriginId())) {
            throw new IllegalArgumentException("not the successor of the served indicator");
        }
        this.servesIndicatorId = successor.getId();
    }

    /** Whether this indicator commits to exactly what {@code other} committed to (text, target, work mode). */
    public boolean sameCommitmentAs(Indicator other) {
        return text.equals(other.text) && target.equals(other.target) && Objects.equals(workMode, other.workMode);
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public int getPosition() {
        return position;
    }

    public Long getOriginId() {
        return originId;
    }

    public Long getServesIndicatorId() {
        return servesIndicatorId;
    }

    public String getText() {
        return text;
    }

    public Target getTarget() {
        return target;
    }

    public WorkMode getWorkMode() {
        return workMode;
    }

    /** How a result that supports this indicator names it: "Persentase rujukan (90 persen)". */
    public String label() {
        return text + " (" + target + ")";
    }
}
