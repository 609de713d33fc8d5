package id.sikerja.domain.execution;

import id.sikerja.domain.shared.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.sql.Blob;
import java.util.Objects;

/**
 * A file that shows work was done (bukti dukung) — a photo, a scan, a report — attached to a work log entry. The
 * content is a PostgreSQL large object: it streams in and out and lists never load it. The digest identifies the
 * file as received.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends BaseEntity {

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_log_id", updatable = false)
    private WorkLog workLog;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private Blob content;

    protected Evidence() {
    }

    public Evidence(WorkLog workLog, String fileName, String mediaType, long sizeBytes, String sha256, Blob content) {
        this.workLog = Objects.requireNonNull(workLog, "workLog");
        this.governmentId = workLog.getGovernment().getId();
        this.ownerId = workLog.getEmployee().getId();
        this.fileName = EvidenceRules.cleanName(fileName);
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sizeBytes = sizeBytes;
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256");
        }
        this.sha256 = sha256;
        this.content = Objects.requireNonNull(content, "content");
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public WorkLog getWorkLog() {
        return workLog;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Blob getContent() {
        return content;
    }
}
