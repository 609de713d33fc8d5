package id.sikerja.domain.team;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One target a team works on: sasaran kinerja, indikator kinerja, target kinerja (PS Lampiran III annex). */
@Embeddable
public class TeamTarget {

    @Column(nullable = false, length = 500)
    private String objective;

    @Column(nullable = false, length = 500)
    private String indicator;

    @Column(nullable = false, length = 200)
    private String target;

    protected TeamTarget() {
    }

    public TeamTarget(String objective, String indicator, String target) {
        if (blank(objective) || blank(indicator) || blank(target)) {
            throw new BusinessRuleException("team.targetIncomplete");
        }
        if (objective.strip().length() > 500 || indicator.strip().length() > 500 || target.strip().length() > 200) {
            throw new BusinessRuleException("team.textTooLong");
        }
        this.objective = objective.strip();
        this.indicator = indicator.strip();
        this.target = target.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
