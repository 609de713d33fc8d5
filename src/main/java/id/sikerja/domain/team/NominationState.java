package id.sikerja.domain.team;

/** A nomination of ketua candidates to the Sekda (KL Pasal 14). */
public enum NominationState {
    /** Waiting for the Sekda. */
    PROPOSED,
    /** The Sekda recommended one candidate. */
    RECOMMENDED,
    /** The Sekda returned it with a reason. */
    RETURNED
}
