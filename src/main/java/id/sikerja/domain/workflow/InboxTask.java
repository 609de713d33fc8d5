package id.sikerja.domain.workflow;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A workflow step waiting for one person ("perlu tindakan"): it stays in the assignee's inbox until
 * the step is taken, by them or by whoever may act on the subject.
 */
@Entity
@Table(name = "inbox_task")
public class InboxTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "assignee_id", nullable = false, updatable = false)
    private long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false)
    private String title;

    /** Where the step is taken, for tasks opened before the web layer derived pages from the subject; else null. */
    @Column
    private String link;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    protected InboxTask() {
    }

    /**
     * @param action a message key suffix naming what is to be done, e.g. {@code skp.approve}
     * @param title  what the task is about, in words the assignee recognises (e.g. the SKP owner's name)
     * @param link   the page where the step is taken, relative to the application, e.g. {@code /plan/skp.xhtml?id=4}
     */
    public InboxTask(long governmentId, long assigneeId, SubjectType subjectType, long subjectId, String action,
                     String title, String link) {
        this.governmentId = governmentId;
        this.assigneeId = assigneeId;
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action, "action");
        this.title = title == null ? "" : (title.length() > 300 ? title.substring(0, 300) : title);
        this.link = link;
        this.openedAt = OffsetDateTime.now();
    }

    /** Marks the step taken; a task is done once. */
    public void complete(String username) {
        if (doneAt != null) {
            throw new BusinessRuleException("inbox.alreadyDone");
        }
        this.doneAt = OffsetDateTime.now();
        this.doneBy = username;
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
