package id.sikerja.domain.execution;

import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.team.WorkTeam;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of an employee's work log (catatan kerja): on a day, what was done, which SKP result or team it
 * serves, how much came out of it, and who worked on it with them. It is the raw material of the periodic
 * realisation and of the feedback heads and team leads give while the work goes on (PermenPANRB 6/2022 Pasal 13:
 * pemantauan kinerja through the year; KU, JB, KL, PS: the ketua follows the team's work).
 */
@Entity
@Table(name = "work_log")
public class WorkLog extends BaseEntity {

    /** How far back an entry may be dated: the work of the past year, not older. */
    static final int MAX_DAYS_BACK = 366;
    static final int MAX_TEXT = 2000;
    static final int MAX_UNIT = 50;
    static final int MAX_COLLABORATORS = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(nullable = false, length = MAX_TEXT)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_result_id")
    private WorkResult workResult;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private WorkTeam team;

    @Column(precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(name = "quantity_unit", length = MAX_UNIT)
    private String quantityUnit;

    @ManyToMany
    @JoinTable(name = "work_log_collaborator", joinColumns = @JoinColumn(name = "work_log_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> collaborators = new LinkedHashSet<>();

    protected WorkLog() {
    }

    public WorkLog(Employee author, Entry entry, LocalDate today) {
        this.employee = Objects.requireNonNull(author, "author");
        this.government = author.getGovernment();
        apply(entry, today);
    }

    /**
     * What an entry says. The service has checked that the result is one of the author's own SKP results and the
     * team one the author works in ({@link #checkServes}).
     */
    public record Entry(LocalDate date, String description, WorkResult result, WorkTeam team, BigDecimal quantity,
                        String unit, Collection<Employee> collaborators) {
    }

    /** The author corrects the entry. */
    public void revise(long actorId, Entry entry, LocalDate today) {
        requireAuthor(actorId);
        apply(entry, today);
    }

    private void apply(Entry e, LocalDate today) {
        if (e.date() == null) {
            throw new BusinessRuleException("worklog.dateRequired");
        }
        if (e.date().isAfter(today)) {
            throw new BusinessRuleException("worklog.dateInFuture");
        }
        if (e.date().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new BusinessRuleException("worklog.dateTooOld");
        }
        String text = e.description() == null ? "" : e.description().strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("worklog.descriptionRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException("worklog.descriptionTooLong", MAX_TEXT);
        }
        if (e.quantity() != null && e.quantity().signum() < 0) {
            throw new BusinessRuleException("worklog.quantityNegative");
        }
        if (e.quantity() != null && e.quantity().compareTo(new BigDecimal("9999999999")) > 0) {
            throw new BusinessRuleException("worklog.quantityTooLarge");
        }
        String unit = e.unit() == null || e.unit().isBlank() ? null : e.unit().strip();
        if (unit != null && unit.length() > MAX_UNIT) {
            throw new BusinessRuleException("worklog.unitTooLong", MAX_UNIT);
        }
        if (e.quantity() != null && unit == null) {
            throw new BusinessRuleException("worklog.unitRequired");
        }
        Set<Employee> people = new LinkedHashSet<>(e.collaborators() == null ? Set.of() : e.collaborators());
        if (people.remove(employee)) {
            throw new BusinessRuleException("worklog.selfCollaborator");
        }
        if (people.size() > MAX_COLLABORATORS) {
            throw new BusinessRuleException("worklog.tooManyCollaborators", MAX_COLLABORATORS);
        }
        if (people.stream().anyMatch(p -> !p.getGovernment().equals(government))) {
            throw new BusinessRuleException("worklog.collaboratorOutsideGovernment");
        }
        this.workDate = e.date();
        this.description = text;
        this.workResult = e.result();
        this.team = e.team();
        this.quantity = e.quantity() == null ? null : e.quantity().stripTrailingZeros();
        this.quantityUnit = e.quantity() == null ? null : unit;
        this.collaborators.clear();
        this.collaborators.addAll(people);
    }

    /**
     * An entry serves a result of the author's own SKP of the year of the work, or a team the author is a member or
     * the ketua of on that day; it may serve neither (work outside the plan is recorded too, and shows as such).
     */
    public static void checkServes(boolean resultIsOwnOfThatYear, boolean resultGiven, boolean teamIsOwnOnThatDay,
                                   boolean teamGiven) {
        if (resultGiven && !resultIsOwnOfThatYear) {
            throw new BusinessRuleException("worklog.resultNotOwn");
        }
        if (teamGiven && !teamIsOwnOnThatDay) {
            throw new BusinessRuleException("worklog.teamNotOwn");
        }
    }

    /** Only the author changes or removes an entry and adds evidence to it. */
    public void requireAuthor(long actorId) {
        if (employee.getId() == null || employee.getId() != actorId) {
            throw new AccessDeniedException("worklog");
        }
    }

    /**
     * Who may read an entry and its evidence: the author; whoever the author named as working with them; the ketua
     * of the team it serves; and whoever may see the author's record — the appraiser, the heads of the author's unit
     * and above, and the whole-government roles (admin, oversight, authorities).
     *
     * @param authorUnitPath the path of the author's unit today, or null
     * @param teamLeadId     the ketua of the team it serves, or null
     */
    public boolean visibleTo(AccessScope scope, String authorUnitPath, Long teamLeadId) {
        if (scope.governmentId() != government.getId()) {
            return false;
        }
        Long me = scope.employeeId();
        if (me != null && (me.equals(employee.getId()) || me.equals(teamLeadId)
                || collaborators.stream().anyMatch(c -> me.equals(c.getId())))) {
            return true;
        }
        return scope.coversEmployee(government.getId(), employee.getId(), authorUnitPath);
    }

    public Government getGovernment() {
        return government;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public String getDescription() {
        return description;
    }

    public WorkResult getWorkResult() {
        return workResult;
    }

    public WorkTeam getTeam() {
        return team;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public Set<Employee> getCollaborators() {
        return Set.copyOf(collaborators);
    }
}
