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
}
