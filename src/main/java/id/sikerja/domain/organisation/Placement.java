package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * Kedudukan: an employee holds a position from a date to a date (open-ended while current).
 * Placements are history: a new placement closes the previous one, nothing is overwritten.
 * Created only through {@link Employee#placeIn}.
 */
@Entity
@Table(name = "placement")
public class Placement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id")
    private Position position;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** The decree or reason (e.g. "SK Bupati 821/123/2024, rotasi"). */
    private String reason;

    protected Placement() {
    }

    Placement(Employee employee, Position position, LocalDate startDate, String reason) {
        this.government = employee.getGovernment();
        this.employee = employee;
        this.position = position;
        this.startDate = startDate;
        this.reason = reason;
    }

    void close(LocalDate lastDay) {
        this.endDate = lastDay;
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public Government getGovernment() {
        return government;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Position getPosition() {
        return position;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getReason() {
        return reason;
    }
}
