package id.sikerja.domain.organisation;

/** How an appraiser (or performance owner) is found from the appraisee's place in the tree. */
public enum AppraiserTargetKind {
    /** Head of the nearest unit with a head, starting at the appraisee's unit (its parent if the appraisee heads it). */
    DIRECT_SUPERIOR,
    /** Walking up from the same start, the head of the first unit whose level is at most {@code level}. */
    HEAD_AT_LEVEL,
    /** The Sekretaris Daerah: head of the level-1 unit of the SEKRETARIAT_DAERAH department. */
    REGIONAL_SECRETARY,
    /** The Bupati/Walikota: holder of the KEPALA_DAERAH position. */
    REGIONAL_HEAD
}
