package id.sikerja.domain.policy;

/** Who signs an assignment letter (the regional regulations). */
public enum LetterSigner {
    /** Keputusan (SK) of the department head — KU Pasal 11(5). */
    DEPARTMENT_HEAD_DECREE,
    /** Surat Perintah Tugas of the department head — JB Pasal 23. */
    DEPARTMENT_HEAD_ORDER,
    /**
     * Surat Tugas of the department head: as Pemilik Kinerja (KL Pasal 1 angka 20), or as Pimpinan Unit
     * Organisasi (PS Lampiran II signs "[Pimpinan Unit Organisasi]", a term PS Lampiran I huruf B angka 1 gives
     * only the head of the Perangkat Daerah — Kepala Dinas/Badan, Sekda, Inspektur).
     */
    PERFORMANCE_OWNER,
    /** Surat Tugas of the head of the unit that owns the work (no seeded government uses it). */
    UNIT_HEAD
}
