package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.document.IssuedDocument;
import id.sikerja.domain.document.IssuedDocumentRepository;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** JPA implementation of {@link IssuedDocumentRepository}. */
@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public void add(IssuedDocument document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public Optional<IssuedDocument> latest(long governmentId, SubjectType subjectType, long subjectId, String kind) {
        return em.createQuery("select d from IssuedDocument d where d.governmentId = :g and d.subjectType = :t "
                        + "and d.subjectId = :s and d.kind = :k order by d.id desc", IssuedDocument.class)
                .setParameter("g", governmentId).setParameter("t", subjectType).setParameter("s", subjectId)
                .setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }
}
