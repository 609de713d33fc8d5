package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A local government (Kabupaten/Kota): the tenant. Everything else belongs to exactly one. */
@Entity
@Table(name = "government")
public class Government extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GovernmentKind kind;

    /** "Bupati" or "Walikota": used in letters and screens. */
    @Column(name = "regional_head_title", nullable = false)
    private String regionalHeadTitle;

    /** The regional regulation that defines this government's work system. */
    private String regulation;

    /** The seat of government (ibu kota), where its letters are signed: Sukadana for Kayong Utara. */
    private String seat;

    protected Government() {
    }

    public Government(String code, String name, String shortName, GovernmentKind kind, String regionalHeadTitle,
                      String regulation) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.regionalHeadTitle = regionalHeadTitle;
        this.regulation = regulation;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public GovernmentKind getKind() {
        return kind;
    }

    public String getRegionalHeadTitle() {
        return regionalHeadTitle;
    }

    public String getRegulation() {
        return regulation;
    }

    public String getSeat() {
        return seat;
    }

    /** Records the seat of government (blank: none recorded). */
    public void recordSeat(String newSeat) {
        String s = newSeat == null ? null : newSeat.strip();
        if (s != null && s.length() > 100) {
            throw new id.sikerja.domain.shared.BusinessRuleException("government.seatTooLong");
        }
        this.seat = s == null || s.isEmpty() ? null : s;
    }

    /**
     * The place printed before the date of an official letter or decree ("Sukadana, 2 Januari 2026";
     * "Ditetapkan di Klaten"): the seat of government, or, where none is recorded, the government's
     * name without "Kab."/"Kota" (PS Lampiran II and III print the place so).
     */
    public String letterPlace() {
        if (seat != null) {
            return seat;
        }
        String base = shortName == null ? name : shortName;
        return base.replaceFirst("^(Kab\\.|Kabupaten|Kota)\\s+", "");
    }
}
