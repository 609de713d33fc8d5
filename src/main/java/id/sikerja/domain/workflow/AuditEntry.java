package id.sikerja.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One step of a workflow, kept for good: who took it, when, on which subject, from which state to
 * which, and why. Entries are only ever added, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor_username", nullable = false, updatable = false)
    private String actorUsername;

    @Column(name = "actor_employee_id", updatable = false)
    private Long actorEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", updatable = false)
    private String fromState;

    @Column(name = "to_state", updatable = false)
    private String toState;

    @Column(columnDefinition = "text", updatable = false)
    private String reason;

    protected AuditEntry() {
    }

    public AuditEntry(long governmentId, String actorUsername, Long actorEmployeeId, SubjectType subjectType,
                      long subjectId, String action, String fromState, String toState, String reason) {
        this.governmentId = governmentId;
        this.at = OffsetDateTime.now();
        this.actorUsername = Objects.requireNonNull(actorUsername, "actor");
        this.actorEmployeeId = actorEmployeeId;
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action, "action");
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Long getActorEmployeeId() {
        return actorEmployeeId;
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

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }
}
