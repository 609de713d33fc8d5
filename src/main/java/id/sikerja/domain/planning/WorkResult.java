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

/**
 * A planned result (Rencana Hasil Kerja) of an SKP with its individual indicator, target and
 * manual. It may support ("intervene") one result of the superior: an indicator of the superior's
 * agreement or a result of the superior's SKP. Part of the SKP aggregate.
 */
@Entity
@Table(name = "work_result")
public class WorkResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skp_id")
    private Skp skp;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResultCategory category;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(columnDefinition = "text")
    private String origin;

    @Enumerated(EnumType.STRING)
    private Aspect aspect;

    @Enumerated(EnumType.STRING)
    private Perspective perspective;

    @Column(name = "indicator_text", nullable = false, columnDefinition = "text")
    private String indicatorText;

    @Embedded
    private Target target;

    @Column(name = "supported_indicator_id")
    private Long supportedIndicatorId;

    @Column(name = "supported_result_id")
    private Long supportedResultId;

    @Column(name = "supports_text", columnDefinition = "text")
    private String supportsText;

    /** The team target this result serves (set by the SKP's owner); the one link from team work to SKPs. */
    @Column(name = "team_target_id")
    private Long teamTargetId;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Embedded
    private IndicatorManual manual = IndicatorManual.empty();

    protected WorkResult() {
    }

    WorkResult(Skp skp, int position, WorkResultLine line) {
        this.skp = skp;
        this.position = position;
        update(line);
    }

    /** Writes a row of the form that fits the SKP: JPT rows need a perspective, non-JPT rows an aspect. */
    void update(WorkResultLine line) {
        String t = PerformanceAgreement.clean(line.text());
        String ind = PerformanceAgreement.clean(line.indicatorText());
        if (t == null) {
            throw new BusinessRuleException("skp.resultTextRequired");
        }
        if (ind == null) {
            throw new BusinessRuleException("skp.indicatorRequired", t);
        }
        if (skp.getForm() == SkpForm.JPT) {
            if (line.perspective() == null) {
                throw new BusinessRuleException("skp.perspectiveRequired", t);
            }
            this.category = line.category() == null ? ResultCategory.UTAMA : line.category();
            this.perspective = line.perspective();
            this.aspect = null;
            this.origin = PerformanceAgreement.clean(line.origin());
        } else {
            if (line.category() == null) {
                throw new BusinessRuleException("skp.categoryRequired", t);
            }
            if (line.aspect() == null) {
                throw new BusinessRuleException("skp.aspectRequired", t);
            }
            this.category = line.category();
            this.aspect = line.aspect();
            this.perspective = null;
            this.origin = null;
        }
        this.text = t;
        this.indicatorText = ind;
        this.target = new Target(line.targetValue(), line.targetUnit());
        this.manual = line.manual() == null ? IndicatorManual.empty() : line.manual();
        boolean relinked = !java.util.Objects.equals(supportedIndicatorId, line.supportedIndicatorId())
                || !java.util.Objects.equals(supportedResultId, line.supportedResultId());
        link(line.supportedIndicatorId(), line.supportedResultId(), line.supportsText());
        if (relinked) {
            needsReview = false;
        }
    }

    /** Points the result at the superior's indicator or result it supports (at most one of them). */
    void link(Long indicatorId, Long resultId, String text) {
        if (indicatorId != null && resultId != null) {
            throw new BusinessRuleException("skp.linkOneOnly");
        }
        this.supportedIndicatorId = indicatorId;
        this.supportedResultId = resultId;
        this.supportsText = indicatorId == null && resultId == null ? null : PerformanceAgreement.clean(text);
    }

    void serveTeamTarget(Long targetId) {
        this.teamTargetId = targetId;
    }

    /** The superior's indicator it supports was changed or removed by an amendment: the owner must look again. */
    public void flagForReview() {
        this.needsReview = true;
    }

    /** The supported indicator continues unchanged in the amended agreement: follow it. */
    public void relinkTo(long indicatorId) {
        this.supportedIndicatorId = indicatorId;
    }

    /** Linked: names the superior's result it supports ("RHK pimpinan yang diintervensi"). */
    public boolean isLinked() {
        return supportedIndicatorId != null || supportedResultId != null;
    }

    public Long getId() {
        return id;
    }

    public Skp getSkp() {
        return skp;
    }

    public int getPosition() {
        return position;
    }

    public ResultCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public String getOrigin() {
        return origin;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public Perspective getPerspective() {
        return perspective;
    }

    public String getIndicatorText() {
        return indicatorText;
    }

    public Target getTarget() {
        return target;
    }

    public Long getSupportedIndicatorId() {
        return supportedIndicatorId;
    }

    public Long getSupportedResultId() {
        return supportedResultId;
    }

    public String getSupportsText() {
        return supportsText;
    }

    public Long getTeamTargetId() {
        return teamTargetId;
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public IndicatorManual getManual() {
        return manual;
    }
}
