package id.sikerja.domain.planning;

import id.sikerja.domain.organisation.PositionClass;

/** The two SKP layouts of PermenPANRB 6/2022: JPT (with perspective) and non-JPT (with supported result and aspect). */
public enum SkpForm {
    JPT, NON_JPT;

    /** JPT Madya and Pratama use the JPT form; every other position the non-JPT form (PermenPANRB 6/2022 Lampiran "The SKP document"). */
    public static SkpForm of(PositionClass positionClass) {
        return positionClass == PositionClass.JPT_MADYA || positionClass == PositionClass.JPT_PRATAMA ? JPT : NON_JPT;
    }
}
