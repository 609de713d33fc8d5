package id.sikerja.domain.organisation;

/**
 * Why no appraiser could be derived. Shown to the admin as work to do: a missing or ambiguous
 * appraiser is never silently guessed (a known pain of the national e-Kinerja app).
 */
public enum AppraisalProblem {
    /** The employee holds no position on the date. */
    NOT_PLACED,
    /** No appraiser rule matches the employee's position. */
    MISSING_RULE,
    /** The most specific matching rules point to different people (as appraiser or as unit head). */
    AMBIGUOUS_RULE,
    /** The rule points to a head position nobody holds (e.g. waiting for a Plt). */
    VACANT_APPRAISER,
    /**
     * The rule names a Pejabat Fungsional or Pelaksana as appraiser and records no delegation: the
     * Pejabat Penilai Kinerja is at least a Pejabat Pengawas or an official given delegated authority
     * (KU Pasal 1 angka 16; JB Pasal 1; KL Pasal 1 angka 22).
     */
    UNDELEGATED_APPRAISER,
    /** The rule points above the top of the tree, or at the appraisee themself. */
    NO_SUPERIOR
}
