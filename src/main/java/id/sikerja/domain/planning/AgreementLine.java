package id.sikerja.domain.planning;

import java.util.List;

/** What the owner writes into an agreement: objectives, each with its indicators and targets. */
public record AgreementLine(String objective, List<IndicatorLine> indicators) {

    /**
     * One indicator of an objective.
     *
     * @param originId          the indicator of the previous revision this one continues (null when new)
     * @param workMode          INDIVIDUAL or TEAM where the policy asks for it (PS Lampiran I.2), else may be null
     * @param servesIndicatorId the superior's indicator this one serves (null: not linked), see
     *                          {@link Indicator#requireServable}
     */
    public record IndicatorLine(Long originId, String text, String targetValue, String targetUnit, WorkMode workMode,
                                Long servesIndicatorId) {

        /** An indicator not linked to a superior's. */
        public IndicatorLine(Long originId, String text, String targetValue, String targetUnit, WorkMode workMode) {
            this(originId, text, targetValue, targetUnit, workMode, null);
        }
    }
}
