package id.sikerja.domain.organisation;

/** Unit organisasi (in the structural tree) or unit kerja (UPTD, Puskesmas, Sekolah, Kelurahan). */
public enum UnitKind {
    ORGANISATION_UNIT, WORK_UNIT
}
