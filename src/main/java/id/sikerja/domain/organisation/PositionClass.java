package id.sikerja.domain.organisation;

/**
 * Class of a position (JB Pasal 7–12). Functional positions have a {@link FunctionalGrade}.
 */
public enum PositionClass {
    /** Bupati / Walikota: a state official, not a civil-service position. */
    KEPALA_DAERAH(false, true),
    JPT_MADYA(false, true),
    JPT_PRATAMA(false, true),
    ADMINISTRATOR(false, true),
    PENGAWAS(false, true),
    FUNGSIONAL_KEAHLIAN(true, false),
    FUNGSIONAL_KETERAMPILAN(true, false),
    PELAKSANA(false, false);

    private final boolean functional;
    private final boolean managerial;

    PositionClass(boolean functional, boolean managerial) {
        this.functional = functional;
        this.managerial = managerial;
    }

    /** Whether the class is Fungsional and so needs a grade. */
    public boolean isFunctional() {
        return functional;
    }

    /** JPT, Administrator, Pengawas (and the regional head): positions that lead units. */
    public boolean isManagerial() {
        return managerial;
    }

    /** Whether the grade fits this class: keahlian grades for keahlian, keterampilan for keterampilan. */
    public boolean accepts(FunctionalGrade grade) {
        if (!functional) {
            return grade == null;
        }
        return grade != null && grade.isExpert() == (this == FUNGSIONAL_KEAHLIAN);
    }
}
