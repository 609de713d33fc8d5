package id.sikerja.domain.team;

/** Life of a work team: drafted, waiting for the decree, established by the signed decree, then over. */
public enum WorkTeamState {
    DRAFT,
    /** Submitted to the signer of its decree. */
    SUBMITTED,
    /** The decree is signed: the team exists. */
    ESTABLISHED,
    /** Its composition is being changed after the decree; the decree in force still holds until the amending one. */
    AMENDING,
    /** The amending decree waits for its signer; the decree in force still holds. */
    AMENDMENT_SUBMITTED,
    /** Its period is over. */
    ENDED,
    /** Stopped before its end (or never established). */
    DISSOLVED;

    public boolean isActive() {
        return this != ENDED && this != DISSOLVED;
    }

    /** Whether a signed decree holds the team (its composition is definitive, KL Lampiran huruf B angka 2 huruf k). */
    public boolean isDecreed() {
        return this == ESTABLISHED || this == AMENDING || this == AMENDMENT_SUBMITTED;
    }

    /** Whether the head may change its members: while drafting it, or while amending its decree. */
    public boolean isShapeable() {
        return this == DRAFT || this == AMENDING;
    }
}
