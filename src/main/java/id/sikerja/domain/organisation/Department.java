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

/** Perangkat Daerah (OPD): a department of a government, with a type that selects appraiser rules. */
@Entity
@Table(name = "department")
public class Department extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitType type;

    protected Department() {
    }

    public Department(Government government, String code, String name, UnitType type) {
        this.government = government;
        this.code = OrgUnit.checkCode(code);
        rename(name);
        changeType(type);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("department.nameRequired");
        }
        this.name = newName.strip();
    }

    public void changeType(UnitType newType) {
        if (newType == null) {
            throw new BusinessRuleException("department.typeRequired");
        }
        this.type = newType;
    }

    public Government getGovernment() {
        return government;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }
}
