package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A need for work the unit head announces, to which employees of the unit may apply voluntarily
 * (KL Lampiran 2.q.2): "pimpinan unit organisasi menyampaikan kebutuhan ...".
 */
@Entity
@Table(name = "work_need")
public class WorkNeed extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "announced_by_id")
    private Employee announcedBy;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "open_until")
    private LocalDate openUntil;

    @Column(nullable = false)
    private boolean open = true;

    protected WorkNeed() {
    }

    public WorkNeed(OrgUnit unit, Employee announcedBy, String title, String description, LocalDate openUntil) {
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new BusinessRuleException("volunteer.needContentRequired");
        }
        this.government = unit.getGovernment();
        this.unit = unit;
        this.announcedBy = announcedBy;
        this.title = title.strip();
        this.description = description.strip();
        this.openUntil = openUntil;
    }

    /** Whether applications are accepted on {@code date}. */
    public boolean isOpenOn(LocalDate date) {
        return open && (openUntil == null || !date.isAfter(openUntil));
    }

    public void close() {
        this.open = false;
    }

    public Government getGovernment() {
        return government;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Employee getAnnouncedBy() {
        return announcedBy;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOpenUntil() {
        return openUntil;
    }

    public boolean isOpen() {
        return open;
    }
}
