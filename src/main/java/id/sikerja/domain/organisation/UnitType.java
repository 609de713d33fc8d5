package id.sikerja.domain.organisation;

/**
 * The type of a department or unit. Appraiser rules are configured per type (KL Lampiran B has one
 * table per type), so a unit may carry a type of its own (a Puskesmas inside a Dinas Kesehatan).
 */
public enum UnitType {
    SEKRETARIAT_DAERAH,
    SEKRETARIAT_DPRD,
    INSPEKTORAT,
    DINAS,
    BADAN,
    KECAMATAN,
    KELURAHAN,
    RSUD,
    UPTD,
    PUSKESMAS,
    SEKOLAH,
    SATPOL_PP,
    /** The office of the regional head (Bupati/Walikota): holds the KEPALA_DAERAH position. */
    KEPALA_DAERAH,
    OTHER
}
