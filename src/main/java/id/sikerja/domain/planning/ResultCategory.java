package id.sikerja.domain.planning;

/** Rows of the non-JPT SKP table: A. UTAMA (main) and B. TAMBAHAN (additional). */
public enum ResultCategory {
    UTAMA, TAMBAHAN
}
