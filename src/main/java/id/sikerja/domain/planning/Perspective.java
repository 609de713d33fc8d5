package id.sikerja.domain.planning;

/** Perspective of a JPT result: Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran. */
public enum Perspective {
    PENERIMA_LAYANAN, PROSES_BISNIS, PENGUATAN_INTERNAL, ANGGARAN
}
