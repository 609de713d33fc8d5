package id.sikerja.domain.planning;

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

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Embedded
    private Target target;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode")
    private WorkMode workMode;

    protected Indicator() {
    }

    Indicator(Objective objective, int position, Long originId, String text, Target target, WorkMode workMode) {
        this.objective = objective;
        this.position = position;
        this.originId = originId;
        this.text = text;
        this.target = target;
        this.workMode = workMode;
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
