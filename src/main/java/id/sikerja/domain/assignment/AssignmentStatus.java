package id.sikerja.domain.assignment;

/** Life of an assignment: its letter waits for the right signer, then is issued (numbered) or refused. */
public enum AssignmentStatus {
    AWAITING_SIGNATURE,
    ISSUED,
    REFUSED
}
