package id.sikerja.domain.document;

import id.sikerja.domain.workflow.SubjectType;

import java.util.Optional;

/** Issued documents are added and read, never changed or removed. */
public interface IssuedDocumentRepository {

    void add(IssuedDocument document);

    /** The latest document of a kind issued for a subject (a later change makes a new one). */
    Optional<IssuedDocument> latest(long governmentId, SubjectType subjectType, long subjectId, String kind);
}
