package id.sikerja.domain.document;

import id.sikerja.domain.workflow.SubjectType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A numbered, dated letter or decree exactly as it was issued. It has no setters and the table refuses updates
 * and deletes: a document never changes after issue, a later change makes a new one (for Kayong Utara's Bupati
 * recommendation KU Lampiran I B.a.3)c)-d): it recommends on the request as it stood, and the people named
 * afterwards are in the answer, not added to the recommendation).
 */
@Entity
@Immutable
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected IssuedDocument() {
    }

    public IssuedDocument(long governmentId, SubjectType subjectType, long subjectId, String kind, String number,
                          LocalDate issuedOn, byte[] content) {
        this.governmentId = governmentId;
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.kind = Objects.requireNonNull(kind, "kind");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("an issued document has a number");
        }
        this.number = number;
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("an issued document has content");
        }
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.createdAt = OffsetDateTime.now();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code bytes} are this document as issued. */
    public boolean isCopyOf(byte[] bytes) {
        return sha256.equals(sha256(bytes));
    }

    public Long getId() {
        return id;
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return kind + " " + number + " (" + subjectType + " " + subjectId + ", " + sha256.substring(0, 12) + ")";
    }
}
