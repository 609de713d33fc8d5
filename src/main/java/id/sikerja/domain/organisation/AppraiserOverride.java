package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A manual decision on someone's appraiser, replacing the derived one — for delegated authority
 * (KU Pasal 1.16: "atau pejabat lain yang diberi pendelegasian kewenangan") or a situation the
 * rules do not cover. Who decided, when and why is kept; a revoked override stays as history.
 */
@Entity
@Table(name = "appraiser_override")
public class AppraiserOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraiser_id")
    private Employee appraiser;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AppraiserOverride() {
    }

    public AppraiserOverride(Employee employee, Employee appraiser, String reason, String createdBy, OffsetDateTime at) {
        if (appraiser == null) {
            throw new BusinessRuleException("override.appraiserRequired");
        }
        if (employee.equals(appraiser)) {
            throw new BusinessRuleException("override.self");
        }
        if (!employee.getGovernment().equals(appraiser.getGovernment())) {
            throw new BusinessRuleException("override.otherGovernment");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new BusinessRuleException("override.reasonRequired", 10);
        }
        this.government = employee.getGovernment();
        this.employee = employee;
        this.appraiser = appraiser;
        this.reason = reason.strip();
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void revoke(String by, OffsetDateTime at) {
        if (revokedAt != null) {
            throw new BusinessRuleException("override.alreadyRevoked");
        }
        this.revokedBy = by;
        this.revokedAt = at;
        this.updatedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Employee getAppraiser() {
        return appraiser;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}
