package id.sikerja.application;

/** Renders an {@link OfficialDocument} as a PDF (A4 portrait, annex pages landscape). */
public interface DocumentRenderer {

    byte[] pdf(OfficialDocument document);
}
