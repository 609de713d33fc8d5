package id.sikerja.domain.team;

/** The Sekda's approval of a technical role (JB Pasal 22); ordinary roles need none. */
public enum TechnicalApproval {
    NOT_NEEDED,
    PENDING,
    APPROVED,
    REFUSED
}
