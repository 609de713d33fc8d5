package id.sikerja.domain.team;

/** Life of a work team: drafted, waiting for the decree, established by the signed decree, then over. */
public enum WorkTeamState {
    DRAFT,
    /** Submitted to the signer of its decree. */
    SUBMITTED,
    /** The decree is signed: the team exists. */
    ESTABLISHED,
    /** Its period is over. */
    ENDED,
    /** Stopped before its end (or never established). */
    DISSOLVED;

    public boolean isActive() {
        return this == DRAFT || this == SUBMITTED || this == ESTABLISHED;
    }
}
