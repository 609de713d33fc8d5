package id.sikerja.domain.planning;

/** The three lists of the SKP annex (Lampiran SKP). */
public enum AnnexKind {
    RESOURCE, ACCOUNTABILITY, CONSEQUENCE
}
