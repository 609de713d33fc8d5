package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.RuleData;
import id.sikerja.domain.organisation.AppraiserTargetKind;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The government's appraiser table: list, add, edit, delete rows (admin). */
@Named
@ViewScoped
public class RulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationAdministration administration;

    private List<RuleData> rules;

    private Long id;
    private Integer version;
    private String ruleCode;
    private List<UnitType> unitTypes = new ArrayList<>();
    private List<PositionClass> classes = new ArrayList<>();
    private List<FunctionalGrade> grades = new ArrayList<>();
    private String headsUnit = "";
    private String levels;
    private AppraiserTargetKind appraiserKind = AppraiserTargetKind.DIRECT_SUPERIOR;
    private Integer appraiserLevel;
    private String citation;
    private String unitCodes;
    private String unitModels;
    private AppraiserTargetKind unitHeadKind;
    private Integer unitHeadLevel;
    private String delegationBasis;

    public void load() {
        rules = administration.rules();
    }

    public void edit(RuleData r) {
        id = r.id();
        version = r.version();
        ruleCode = r.ruleCode();
        unitTypes = new ArrayList<>(r.unitTypes());
        classes = new ArrayList<>(r.appraiseeClasses());
        grades = new ArrayList<>(r.appraiseeGrades());
        headsUnit = r.appraiseeHeadsUnit() == null ? "" : r.appraiseeHeadsUnit().toString();
        levels = r.appraiseeUnitLevels().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
        appraiserKind = r.appraiserKind();
        appraiserLevel = r.appraiserLevel();
        citation = r.citation();
        unitCodes = String.join(", ", r.unitCodes());
        unitModels = String.join(", ", r.unitModels());
        unitHeadKind = r.unitHeadKind();
        unitHeadLevel = r.unitHeadLevel();
        delegationBasis = r.delegationBasis();
    }

    public void clear() {
        id = null;
        version = null;
        ruleCode = null;
        unitTypes = new ArrayList<>();
        classes = new ArrayList<>();
        grades = new ArrayList<>();
        headsUnit = "";
        levels = null;
        appraiserKind = AppraiserTargetKind.DIRECT_SUPERIOR;
        appraiserLevel = null;
        citation = null;
        unitCodes = null;
        unitModels = null;
        unitHeadKind = null;
        unitHeadLevel = null;
        delegationBasis = null;
    }

    public void save() {
        Set<Integer> levelSet = new LinkedHashSet<>();
        if (levels != null && !levels.isBlank()) {
            for (String part : levels.split(",")) {
                try {
                    levelSet.add(Integer.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    UiMessages.error("appraiserRule.levelRequired");
                    return;
                }
            }
        }
        RuleData data = new RuleData(id, version, ruleCode, set(unitTypes, UnitType.class), set(classes, PositionClass.class),
                set(grades, FunctionalGrade.class), headsUnit == null || headsUnit.isEmpty() ? null : Boolean.valueOf(headsUnit),
                levelSet, appraiserKind, appraiserLevel, null, null, citation, words(unitCodes), words(unitModels),
                unitHeadKind, unitHeadLevel, delegationBasis);
        if (UiMessages.attempt(() -> administration.saveRule(data)) != null) {
            UiMessages.info("saved");
            clear();
            load();
        }
    }

    public void delete(RuleData r) {
        if (UiMessages.attempt(() -> administration.deleteRule(r.id()))) {
            UiMessages.info("saved");
            load();
        }
    }

    /** "A, b ,C" → {A, B, C}: unit codes and model tags are upper case. */
    private static Set<String> words(String text) {
        Set<String> s = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    s.add(part.strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return s;
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        Set<E> s = EnumSet.noneOf(type);
        if (values != null) {
            s.addAll(values);
        }
        return s;
    }

    public UnitType[] getAllUnitTypes() {
        return UnitType.values();
    }

    public PositionClass[] getAllClasses() {
        return PositionClass.values();
    }

    public FunctionalGrade[] getAllGrades() {
        return FunctionalGrade.values();
    }

    public AppraiserTargetKind[] getAllKinds() {
        return AppraiserTargetKind.values();
    }

    public List<RuleData> getRules() {
        return rules;
    }

    public Long getId() {
        return id;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public List<UnitType> getUnitTypes() {
        return unitTypes;
    }

    public void setUnitTypes(List<UnitType> unitTypes) {
        this.unitTypes = unitTypes;
    }

    public List<PositionClass> getClasses() {
        return classes;
    }

    public void setClasses(List<PositionClass> classes) {
        this.classes = classes;
    }

    public List<FunctionalGrade> getGrades() {
        return grades;
    }

    public void setGrades(List<FunctionalGrade> grades) {
        this.grades = grades;
    }

    public String getHeadsUnit() {
        return headsUnit;
    }

    public void setHeadsUnit(String headsUnit) {
        this.headsUnit = headsUnit;
    }

    public String getLevels() {
        return levels;
    }

    public void setLevels(String levels) {
        this.levels = levels;
    }

    public AppraiserTargetKind getAppraiserKind() {
        return appraiserKind;
    }

    public void setAppraiserKind(AppraiserTargetKind appraiserKind) {
        this.appraiserKind = appraiserKind;
    }

    public Integer getAppraiserLevel() {
        return appraiserLevel;
    }

    public void setAppraiserLevel(Integer appraiserLevel) {
        this.appraiserLevel = appraiserLevel;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(String unitCodes) {
        this.unitCodes = unitCodes;
    }

    public String getUnitModels() {
        return unitModels;
    }

    public void setUnitModels(String unitModels) {
        this.unitModels = unitModels;
    }

    public AppraiserTargetKind getUnitHeadKind() {
        return unitHeadKind;
    }

    public void setUnitHeadKind(AppraiserTargetKind unitHeadKind) {
        this.unitHeadKind = unitHeadKind;
    }

    public Integer getUnitHeadLevel() {
        return unitHeadLevel;
    }

    public void setUnitHeadLevel(Integer unitHeadLevel) {
        this.unitHeadLevel = unitHeadLevel;
    }

    public String getDelegationBasis() {
        return delegationBasis;
    }

    public void setDelegationBasis(String delegationBasis) {
        this.delegationBasis = delegationBasis;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
