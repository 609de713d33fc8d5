package id.sikerja.domain.organisation;

/** How an appraiser (or unit head, or performance owner) is found from the appraisee's place in the tree. */
public enum AppraiserTargetKind {
    /** Head of the nearest unit with a head, starting at the appraisee's unit (its parent if the appraisee heads it). */
    DIRECT_SUPERIOR,
    /** Walking up from the same start, the head of the first unit whose level is at most {@code level}. */
    HEAD_AT_LEVEL,
    /**
     * Walking up from the same start, the head of the first unit whose head is at least Pejabat Pengawas
     * (or a JPT, or the regional head), skipping units led by a Pejabat Fungsional: the Pejabat Penilai
     * Kinerja is "paling rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan"
     * (KU Pasal 1 angka 16; JB Pasal 1; KL Pasal 1 angka 22), so without a delegation a JF group head
     * gives the work but does not rate it.
     */
    SUPERVISORY_SUPERIOR,
    /** The Sekretaris Daerah: head of the level-1 unit of the SEKRETARIAT_DAERAH department. */
    REGIONAL_SECRETARY,
    /** The Bupati/Walikota: holder of the KEPALA_DAERAH position. */
    REGIONAL_HEAD
}
