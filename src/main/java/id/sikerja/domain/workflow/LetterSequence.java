package id.sikerja.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The running number of one kind of letter of one department (or the government) in one year. */
@Entity
@Table(name = "letter_sequence")
public class LetterSequence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected LetterSequence() {
    }

    public LetterSequence(long governmentId, Long departmentId, String kind, int year) {
        this.governmentId = governmentId;
        this.departmentId = departmentId;
        this.kind = kind;
        this.year = year;
    }

    /** The next number; numbers start at 1 each year and never repeat. */
    public int next() {
        return ++lastValue;
    }

    /**
     * Continues the numbering from a number already used outside the application (e.g. letters
     * numbered on paper before the switch): numbers only ever go up, so no number is given twice.
     */
    public void continueAfter(int lastUsed) {
        if (lastUsed < lastValue) {
            throw new id.sikerja.domain.shared.BusinessRuleException("letter.counterLower", lastValue);
        }
        if (lastUsed > 99_999) {
            throw new id.sikerja.domain.shared.BusinessRuleException("letter.counterTooHigh");
        }
        lastValue = lastUsed;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getLastValue() {
        return lastValue;
    }

    public Long getId() {
        return id;
    }
}
