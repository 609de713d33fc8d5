package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A position (jabatan) in a unit, as fixed in the peta jabatan (KL Pasal 10). A position may have
 * several seats ({@code capacity}); the head position of a unit has exactly one.
 */
@Entity
@Table(name = "position")
public class Position extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_class", nullable = false)
    private PositionClass positionClass;

    @Enumerated(EnumType.STRING)
    private FunctionalGrade grade;

    @Column(name = "heads_unit", nullable = false)
    private boolean headsUnit;

    @Column(nullable = false)
    private int capacity = 1;

    @Column(nullable = false)
    private boolean active = true;

    protected Position() {
    }

    public Position(OrgUnit unit, String title, PositionClass positionClass, FunctionalGrade grade, boolean headsUnit,
                    int capacity) {
        this.government = unit.getGovernment();
        this.unit = unit;
        this.headsUnit = headsUnit;
        redefine(title, positionClass, grade, capacity);
    }

    /**
     * Changes what the position is. A functional position needs a grade of its own ladder and no
     * other class has one (JB Pasal 7–12). A unit is led by a managerial position or by a JF appointed
     * to lead an independent unit such as a Puskesmas or Sekolah (KU Pasal 7; JB Pasal 19) — never
     * by a Pelaksana; the head seat is single.
     */
    public void redefine(String newTitle, PositionClass newClass, FunctionalGrade newGrade, int newCapacity) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessRuleException("position.titleRequired");
        }
        if (newClass == null) {
            throw new BusinessRuleException("position.classRequired");
        }
        if (!newClass.accepts(newGrade)) {
            String key = !newClass.isFunctional() ? "position.gradeNotAllowed"
                    : newGrade == null ? "position.gradeRequired" : "position.gradeWrongLadder";
            throw new BusinessRuleException(key, newTitle);
        }
        if (headsUnit && newClass == PositionClass.PELAKSANA) {
            throw new BusinessRuleException("position.pelaksanaCannotHead", newTitle);
        }
        if (newCapacity < 1 || headsUnit && newCapacity != 1) {
            throw new BusinessRuleException("position.capacityInvalid", newTitle);
        }
        this.title = newTitle.strip();
        this.positionClass = newClass;
        this.grade = newGrade;
        this.capacity = newCapacity;
    }

    public void deactivate() {
        this.active = false;
    }

    public Government getGovernment() {
        return government;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public PositionClass getPositionClass() {
        return positionClass;
    }

    public FunctionalGrade getGrade() {
        return grade;
    }

    public boolean isHeadsUnit() {
        return headsUnit;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }
}
