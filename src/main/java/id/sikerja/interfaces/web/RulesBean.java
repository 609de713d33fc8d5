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
                levelSet, appraiserKind, appraiserLevel, null, null, citation);
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

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
