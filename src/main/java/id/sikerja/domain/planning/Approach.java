package id.sikerja.domain.planning;

/** Kuantitatif: indicator and target in separate measurable columns; kualitatif: one narrative. */
public enum Approach {
    KUANTITATIF, KUALITATIF
}
