package id.sikerja.domain.planning;

/** Aspect of an individual indicator in the non-JPT form. */
public enum Aspect {
    KUANTITAS, KUALITAS, WAKTU, BIAYA
}
