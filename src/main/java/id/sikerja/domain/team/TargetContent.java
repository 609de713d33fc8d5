package id.sikerja.domain.team;

import id.sikerja.domain.shared.BusinessRuleException;

import java.math.BigDecimal;

/**
 * What a team target says: sasaran kinerja, indikator kinerja and target kinerja as the decree prints them (PS
 * Lampiran III annex, "TARGET KINERJA [diisi angka]"), with the number and unit of a quantitative target where
 * there is one. Validates on construction; texts are stripped.
 */
public record TargetContent(String objective, String indicator, String target, BigDecimal targetNumeric,
                            String unit) {

    public TargetContent {
        if (blank(objective) || blank(indicator) || blank(target)) {
            throw new BusinessRuleException("team.targetIncomplete");
        }
        objective = objective.strip();
        indicator = indicator.strip();
        target = target.strip();
        unit = blank(unit) ? null : unit.strip();
        if (objective.length() > 500 || indicator.length() > 500 || target.length() > 200
                || (unit != null && unit.length() > 100)) {
            throw new BusinessRuleException("team.textTooLong");
        }
        if (targetNumeric != null && targetNumeric.signum() <= 0) {
            throw new BusinessRuleException("team.targetNumericPositive");
        }
        if (targetNumeric != null && (targetNumeric.precision() - targetNumeric.scale() > 14
                || targetNumeric.scale() > 4)) {
            throw new BusinessRuleException("team.targetNumericTooPrecise");
        }
    }

    /** Texts only, as the member targets carry them. */
    public static TargetContent text(String objective, String indicator, String target) {
        return new TargetContent(objective, indicator, target, null, null);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
