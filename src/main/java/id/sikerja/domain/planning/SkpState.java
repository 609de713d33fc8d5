package id.sikerja.domain.planning;

/** Life of an SKP. CLOSED: the period ended early (transfer, new appraiser); the SKP is kept read-only. */
public enum SkpState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, CLOSED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
