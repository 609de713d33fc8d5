package id.sikerja.domain.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Sasaran of a performance agreement, with its indicators. Part of the agreement aggregate. */
@Entity
@Table(name = "agreement_objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private PerformanceAgreement agreement;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Objective() {
    }

    Objective(PerformanceAgreement agreement, int position, String text) {
        this.agreement = agreement;
        this.position = position;
        this.text = text;
    }

    void add(Indicator indicator) {
        indicators.add(indicator);
    }

    public Long getId() {
        return id;
    }

    public PerformanceAgreement getAgreement() {
        return agreement;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }
}
