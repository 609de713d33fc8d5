package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** A unit page: positions, people and who appraises whom; for the admin, edit forms. */
@Named
@ViewScoped
public class UnitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationQueries queries;

    @Inject
    transient OrganisationAdministration administration;

    private Long id;
    private OrganisationQueries.UnitView unit;

    // new child unit form
    private String childCode;
    private String childName;
    private UnitKind childKind = UnitKind.ORGANISATION_UNIT;
    private UnitType childType;
    private Integer childLevel;

    // new position form
    private String positionTitle;
    private PositionClass positionClass;
    private FunctionalGrade positionGrade;
    private boolean positionHeads;
    private int positionCapacity = 1;

    // rename form
    private String editName;
    private UnitType editType;
    private String editModels;

    public void load() {
        if (id == null) {
            throw new id.sikerja.domain.shared.NotFoundException("unit", "");
        }
        unit = queries.unit(id);
        editName = unit.name();
        editType = unit.type();
        editModels = unit.structureModels();
        childLevel = unit.level() + 1;
    }

    public void addChild() {
        if (UiMessages.attempt(() -> administration.createUnit(id, childCode, childName, childKind, childType,
                childLevel == null ? 0 : childLevel)) != null) {
            UiMessages.info("unit.childAdded", childName);
            childCode = null;
            childName = null;
            load();
        }
    }

    public void addPosition() {
        if (UiMessages.attempt(() -> administration.createPosition(id, positionTitle, positionClass, positionGrade,
                positionHeads, positionCapacity)) != null) {
            UiMessages.info("unit.positionAdded", positionTitle);
            positionTitle = null;
            load();
        }
    }

    public void save() {
        if (UiMessages.attempt(() -> administration.updateUnit(id, unit.version(), editName, editType))) {
            UiMessages.info("saved");
            load();
        }
    }

    /** Saves the structure-model tags, comma separated (KU Lampiran I huruf B: a model per Bagian). */
    public void saveModels() {
        java.util.Set<String> models = new java.util.TreeSet<>();
        if (editModels != null) {
            for (String m : editModels.split(",")) {
                if (!m.isBlank()) {
                    models.add(m.strip());
                }
            }
        }
        if (UiMessages.attempt(() -> administration.tagStructureModels(id, unit.version(), models))) {
            UiMessages.info("saved");
            load();
        }
    }

    public String getEditModels() {
        return editModels;
    }

    public void setEditModels(String editModels) {
        this.editModels = editModels;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    public PositionClass[] getClasses() {
        return PositionClass.values();
    }

    public FunctionalGrade[] getGrades() {
        return FunctionalGrade.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationQueries.UnitView getUnit() {
        return unit;
    }

    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public UnitKind getChildKind() {
        return childKind;
    }

    public void setChildKind(UnitKind childKind) {
        this.childKind = childKind;
    }

    public UnitType getChildType() {
        return childType;
    }

    public void setChildType(UnitType childType) {
        this.childType = childType;
    }

    public Integer getChildLevel() {
        return childLevel;
    }

    public void setChildLevel(Integer childLevel) {
        this.childLevel = childLevel;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public PositionClass getPositionClass() {
        return positionClass;
    }

    public void setPositionClass(PositionClass positionClass) {
        this.positionClass = positionClass;
    }

    public FunctionalGrade getPositionGrade() {
        return positionGrade;
    }

    public void setPositionGrade(FunctionalGrade positionGrade) {
        this.positionGrade = positionGrade;
    }

    public boolean isPositionHeads() {
        return positionHeads;
    }

    public void setPositionHeads(boolean positionHeads) {
        this.positionHeads = positionHeads;
    }

    public int getPositionCapacity() {
        return positionCapacity;
    }

    public void setPositionCapacity(int positionCapacity) {
        this.positionCapacity = positionCapacity;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public UnitType getEditType() {
        return editType;
    }

    public void setEditType(UnitType editType) {
        this.editType = editType;
    }
}
