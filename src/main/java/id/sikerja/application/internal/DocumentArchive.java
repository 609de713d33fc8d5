package id.sikerja.application.internal;

import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.OfficialDocument;
import id.sikerja.domain.document.IssuedDocument;
import id.sikerja.domain.document.IssuedDocumentRepository;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Keeps each numbered letter as it was issued. A service renders the document in the step that gives it its
 * number ({@link #issue}) and serves the kept PDF when someone opens it ({@link #open}), so a later change of the
 * request, the people's placements or the template never changes a letter already given out.
 */
@Stateless
public class DocumentArchive {

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentRenderer renderer;

    /** Renders and keeps the document issued with {@code number} on {@code date}; joins the caller's transaction. */
    public byte[] issue(long governmentId, SubjectType type, long subjectId, String kind, String number,
                        LocalDate date, OfficialDocument document) {
        byte[] pdf = renderer.pdf(document);
        documents.add(new IssuedDocument(governmentId, type, subjectId, kind, number, date, pdf));
        return pdf;
    }

    /**
     * The document as issued. A letter numbered before documents were kept (or by a path that did not keep it) is
     * rendered once now and kept from then on.
     */
    public byte[] open(long governmentId, SubjectType type, long subjectId, String kind, String number,
                       LocalDate date, Supplier<OfficialDocument> asIssued) {
        return documents.latest(governmentId, type, subjectId, kind).filter(d -> d.getNumber().equals(number))
                .map(IssuedDocument::content)
                .orElseGet(() -> issue(governmentId, type, subjectId, kind, number, date, asIssued.get()));
    }
}
