package id.sikerja.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The superior's specific expectation ("ekspektasi khusus pimpinan") for one BerAKHLAK value of an
 * SKP. The value's guidance text is reference data (table behaviour_value, SE MenPANRB 20/2021).
 */
@Entity
@Table(name = "behaviour_expectation")
public class BehaviourExpectation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skp_id")
    private Skp skp;

    @Column(name = "value_code", nullable = false)
    private String valueCode;

    @Column(columnDefinition = "text")
    private String expectation;

    protected BehaviourExpectation() {
    }

    BehaviourExpectation(Skp skp, String valueCode) {
        this.skp = skp;
        this.valueCode = valueCode;
    }

    void expect(String text) {
        this.expectation = PerformanceAgreement.clean(text);
    }

    public String getValueCode() {
        return valueCode;
    }

    public String getExpectation() {
        return expectation;
    }
}
