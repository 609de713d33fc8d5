package id.sikerja.domain.organisation;

/** Kabupaten or Kota. */
public enum GovernmentKind {
    KABUPATEN, KOTA
}
