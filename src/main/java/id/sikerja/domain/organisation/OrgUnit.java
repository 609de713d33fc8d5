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

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A unit organisasi or unit kerja in a department's tree. The department's root unit has level 1
 * (Pejabat Level I, JB Pasal 1); a child always has a higher level than its parent, though not
 * necessarily parent + 1 (a UPTD may sit at level 3 directly under the level-1 unit).
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    /** Only set when the unit's type differs from its department's (a Puskesmas in a Dinas). */
    @Enumerated(EnumType.STRING)
    private UnitType type;

    @Column(nullable = false)
    private int level;

    /** "/ROOT/CHILD/": every ancestor's code, so a subtree is one prefix match. */
    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * Tags naming the structure models (struktur penugasan) that apply in this unit and below it, e.g.
     * "SETDA-M2": KU assigns its models per Bagian or Dinas (KU Lampiran I huruf B), so appraiser rules can
     * select units by these tags. Empty: the nearest ancestor's tags apply.
     */
    @Column(name = "structure_models", nullable = false, length = 400)
    private String structureModels = "";

    protected OrgUnit() {
    }

    private OrgUnit(Department department, OrgUnit parent, String code, String name, UnitKind kind, UnitType type,
                    int level) {
        this.government = department.getGovernment();
        this.department = department;
        this.parent = parent;
        this.code = checkCode(code);
        this.kind = kind == null ? UnitKind.ORGANISATION_UNIT : kind;
        this.type = type;
        this.level = level;
        this.path = (parent == null ? "/" : parent.path) + this.code + "/";
        rename(name);
    }

    /** The level-1 unit of a department (the Kepala Perangkat Daerah's unit). */
    public static OrgUnit rootOf(Department department, String code, String name) {
        return new OrgUnit(department, null, code, name, UnitKind.ORGANISATION_UNIT, null, 1);
    }

    /**
     * A unit under this one. Its level must be deeper than this unit's (JB Pasal 1: levels count down
     * from the head of the department).
     */
    public OrgUnit addChild(String code, String name, UnitKind kind, UnitType type, int level) {
        if (level <= this.level) {
            throw new BusinessRuleException("unit.levelBelowParent", level, this.level);
        }
        if (level > 9) {
            throw new BusinessRuleException("unit.levelTooDeep", level);
        }
        if (!active) {
            throw new BusinessRuleException("unit.parentInactive", this.name);
        }
        return new OrgUnit(department, this, code, name, kind, type, level);
    }

    static String checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessRuleException("code.invalid", code == null ? "" : code);
        }
        return code;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("unit.nameRequired");
        }
        this.name = newName.strip();
    }

    public void changeType(UnitType newType) {
        // Kept only when it differs from what the unit would inherit; otherwise inheritance decides.
        UnitType inherited = parent == null ? department.getType() : parent.effectiveType();
        this.type = newType == inherited ? null : newType;
    }

    /** Sets the structure-model tags of this unit (an empty set: inherit the parent's). */
    public void tagStructureModels(Set<String> models) {
        if (models != null) {
            models.forEach(OrgUnit::checkCode);
        }
        this.structureModels = CsvSets.join(models, String::strip);
    }

    /** The structure-model tags set on this unit itself. */
    public Set<String> getStructureModels() {
        return CsvSets.strings(structureModels);
    }

    /** The tags that select appraiser rules: the unit's own, else the nearest ancestor's (as for the type). */
    public Set<String> effectiveStructureModels() {
        // through the getters: an ancestor may be a lazy proxy whose own fields are never filled
        for (OrgUnit u = this; u != null; u = u.getParent()) {
            Set<String> own = u.getStructureModels();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return Set.of();
    }

    public void deactivate() {
        this.active = false;
    }

    /** The type that selects appraiser rules: the unit's own, else the nearest ancestor's, else the department's. */
    public UnitType effectiveType() {
        // through the getters: an ancestor may be a lazy proxy whose own fields are never filled
        for (OrgUnit u = this; u != null; u = u.getParent()) {
            if (u.getType() != null) {
                return u.getType();
            }
        }
        return getDepartment().getType();
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other != null && other.getPath().startsWith(getPath());
    }

    public boolean isRoot() {
        return parent == null;
    }

    public Government getGovernment() {
        return government;
    }

    public Department getDepartment() {
        return department;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public UnitType getType() {
        return type;
    }

    public int getLevel() {
        return level;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }
}
