package id.sikerja.domain.assignment;

public enum SecondmentStatus {
    IN_PROGRESS,
    COMPLETED,
    REFUSED
}
