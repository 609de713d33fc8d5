package id.sikerja.domain.planning;

/**
 * What an employee writes for one planned result (RHK). Non-JPT rows use category, aspect and the
 * supported superior result; JPT rows use perspective and origin.
 *
 * @param supportedIndicatorId the superior's agreement indicator this result intervenes, or null
 * @param supportedResultId    the superior's SKP result this result intervenes, or null
 */
public record WorkResultLine(ResultCategory category, String text, String origin, Aspect aspect,
                             Perspective perspective, String indicatorText, String targetValue, String targetUnit,
                             Long supportedIndicatorId, Long supportedResultId, String supportsText,
                             IndicatorManual manual) {
}
