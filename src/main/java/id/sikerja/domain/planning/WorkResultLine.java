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

    /**
     * The row a head's Matriks Peran Hasil writes into a subordinate's SKP (PermenPANRB 6/2022 Lampiran "Cascading"): a main
     * (UTAMA) result supporting the head's agreement indicator, whose indicator and target are the starting
     * IKI the employee then refines; a JPT row names the agreement's owner and the business-process perspective,
     * a non-JPT row the quantity aspect.
     */
    public static WorkResultLine cascadedFrom(SkpForm form, String text, String agreementOwnerName,
                                              Indicator indicator) {
        boolean jpt = form == SkpForm.JPT;
        return new WorkResultLine(ResultCategory.UTAMA, text, jpt ? agreementOwnerName : null,
                jpt ? null : Aspect.KUANTITAS, jpt ? Perspective.PROSES_BISNIS : null, indicator.getText(),
                indicator.getTarget().getValue(), indicator.getTarget().getUnit(), indicator.getId(), null,
                indicator.getText(), null);
    }
}
