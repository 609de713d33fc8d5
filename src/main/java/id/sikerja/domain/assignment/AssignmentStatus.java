package id.sikerja.domain.assignment;

/**
 * Life of an assignment: a proposal (usulan) first waits for the official who accepts it, where the
 * government's appointment route asks for one; its letter waits for the right signer, then is issued
 * (numbered) or refused.
 */
public enum AssignmentStatus {
    PROPOSED,
    AWAITING_SIGNATURE,
    ISSUED,
    REFUSED
}
