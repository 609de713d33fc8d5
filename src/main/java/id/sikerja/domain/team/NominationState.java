package id.sikerja.domain.team;

/** A nomination of ketua candidates to the Sekda through the personnel office (KL Pasal 14 ayat (1)). */
public enum NominationState {
    /** Proposed by the department head; waiting for the personnel office (BKPSDM) to forward it. */
    PROPOSED,
    /** Forwarded by the personnel office; waiting for the Sekda. */
    FORWARDED,
    /** The Sekda recommended one candidate by a numbered Keputusan Sekretaris Daerah. */
    RECOMMENDED,
    /** Returned with a reason, by the personnel office or the Sekda. */
    RETURNED;

    /** Whether the nomination still waits for someone. */
    public boolean isPending() {
        return this == PROPOSED || this == FORWARDED;
    }
}
