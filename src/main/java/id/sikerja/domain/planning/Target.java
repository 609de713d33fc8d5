package id.sikerja.domain.planning;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A target: a value (a number, a percentage, or a short narrative for a kualitatif SKP) and its
 * unit of measure (optional: a kualitatif target carries none).
 */
@Embeddable
public class Target {

    @Column(name = "target_value", nullable = false)
    private String value;

    @Column(name = "target_unit")
    private String unit;

    protected Target() {
    }

    public Target(String value, String unit) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("plan.targetRequired");
        }
        if (value.strip().length() > 100 || unit != null && unit.strip().length() > 60) {
            throw new BusinessRuleException("plan.targetTooLong");
        }
        this.value = value.strip();
        this.unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public String getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && value.equals(t.value) && Objects.equals(unit, t.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    @Override
    public String toString() {
        return unit == null ? value : value + " " + unit;
    }
}
