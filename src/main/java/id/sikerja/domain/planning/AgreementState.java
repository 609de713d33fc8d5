package id.sikerja.domain.planning;

/** Life of one revision of a performance agreement. SUPERSEDED: an approved amendment replaced it. */
public enum AgreementState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SUPERSEDED;

    /** The owner may change the content only before it is submitted, or after it came back. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
