package id.sikerja.domain.organisation;

/** Jenjang jabatan fungsional: keahlian (Ahli ...) and keterampilan grades, lowest first. */
public enum FunctionalGrade {
    AHLI_PERTAMA(true, 1),
    AHLI_MUDA(true, 2),
    AHLI_MADYA(true, 3),
    AHLI_UTAMA(true, 4),
    PEMULA(false, 1),
    TERAMPIL(false, 2),
    MAHIR(false, 3),
    PENYELIA(false, 4);

    private final boolean expert;
    private final int step;

    FunctionalGrade(boolean expert, int step) {
        this.expert = expert;
        this.step = step;
    }

    public boolean isExpert() {
        return expert;
    }

    /** 1 = lowest grade of its ladder, 4 = highest. */
    public int step() {
        return step;
    }
}
