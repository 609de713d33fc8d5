package id.sikerja.domain.assignment;

/** One step of a voluntary application (pengajuan sukarela, KU Lampiran I B.b; PS B; KL Lampiran 2.q.2)). */
public enum VolunteerStep {
    /** Within the unit: the unit head approves and the letter is issued. */
    HEAD_APPROVAL,
    /** Across units: the own appraiser/unit head recommends first. */
    OWN_RECOMMENDATION,
    /** Across units: the target unit's head approves. */
    TARGET_APPROVAL,
    /** Across units: the own appraiser/unit head approves and signs the letter. */
    OWN_APPROVAL
}
