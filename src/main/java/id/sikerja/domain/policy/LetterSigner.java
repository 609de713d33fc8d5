package id.sikerja.domain.policy;

/** Who signs an assignment letter (RULES.md §6 row 1). */
public enum LetterSigner {
    /** Keputusan (SK) of the department head — KU Pasal 11(5). */
    DEPARTMENT_HEAD_DECREE,
    /** Surat Perintah Tugas of the department head — JB Pasal 23. */
    DEPARTMENT_HEAD_ORDER,
    /** The department head as performance owner — KL. */
    PERFORMANCE_OWNER,
    /** Surat Tugas of the unit head — PS Lampiran II. */
    UNIT_HEAD
}
