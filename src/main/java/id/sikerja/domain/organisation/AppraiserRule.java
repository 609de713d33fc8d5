package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Set;

/**
 * One row of a government's appraiser table: "for appraisees matching these criteria, the
 * Pejabat Penilai Kinerja (and optionally the Pemilik Kinerja) is found this way". The KL Lampiran B
 * tables ("Pemilik Kinerja | Penilai Kinerja | Pejabat yang Dinilai") and the KU, JB and PS structure
 * models are expressed as such rows, per government, as data.
 *
 * <p>Empty criteria match anything. Among matching rules only the most specific count
 * ({@link #specificity()}); see {@link AppraiserDerivation}.
 */
@Entity
@Table(name = "appraiser_rule")
public class AppraiserRule extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @Column(name = "rule_code", nullable = false)
    private String ruleCode;

    @Column(name = "unit_types", nullable = false)
    private String unitTypes = "";

    @Column(name = "appraisee_classes", nullable = false)
    private String appraiseeClasses = "";

    @Column(name = "appraisee_grades", nullable = false)
    private String appraiseeGrades = "";

    @Column(name = "appraisee_heads_unit")
    private Boolean appraiseeHeadsUnit;

    @Column(name = "appraisee_unit_levels", nullable = false)
    private String appraiseeUnitLevels = "";

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "appraiser_kind", nullable = false)),
            @AttributeOverride(name = "level", column = @Column(name = "appraiser_level"))})
    private AppraiserTarget appraiser;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "owner_kind")),
            @AttributeOverride(name = "level", column = @Column(name = "owner_level"))})
    private AppraiserTarget performanceOwner;

    /** The article or table row this rule implements, shown to the admin and in problem reports. */
    private String citation;

    protected AppraiserRule() {
    }

    public AppraiserRule(Government government, String ruleCode) {
        this.government = government;
        if (ruleCode == null || ruleCode.isBlank()) {
            throw new BusinessRuleException("appraiserRule.codeRequired");
        }
        this.ruleCode = ruleCode.strip();
    }

    public void define(Set<UnitType> types, Set<PositionClass> classes, Set<FunctionalGrade> grades, Boolean headsUnit,
                       Set<Integer> levels, AppraiserTarget appraiserTarget, AppraiserTarget ownerTarget,
                       String citationText) {
        if (appraiserTarget == null) {
            throw new BusinessRuleException("appraiserRule.targetRequired");
        }
        if (levels != null && levels.stream().anyMatch(l -> l < 1 || l > 9)) {
            throw new BusinessRuleException("appraiserRule.levelRequired");
        }
        this.unitTypes = CsvSets.join(types, Enum::name);
        this.appraiseeClasses = CsvSets.join(classes, Enum::name);
        this.appraiseeGrades = CsvSets.join(grades, Enum::name);
        this.appraiseeHeadsUnit = headsUnit;
        this.appraiseeUnitLevels = CsvSets.join(levels, String::valueOf);
        this.appraiser = appraiserTarget;
        this.performanceOwner = ownerTarget;
        this.citation = citationText == null || citationText.isBlank() ? null : citationText.strip();
    }

    /** Whether this row applies to a person in {@code position}. */
    public boolean matches(Position position) {
        OrgUnit unit = position.getUnit();
        Set<UnitType> types = getUnitTypes();
        Set<PositionClass> classes = getAppraiseeClasses();
        Set<FunctionalGrade> grades = getAppraiseeGrades();
        Set<Integer> levels = getAppraiseeUnitLevels();
        return (types.isEmpty() || types.contains(unit.effectiveType()))
                && (classes.isEmpty() || classes.contains(position.getPositionClass()))
                && (grades.isEmpty() || position.getGrade() != null && grades.contains(position.getGrade()))
                && (appraiseeHeadsUnit == null || appraiseeHeadsUnit == position.isHeadsUnit())
                && (levels.isEmpty() || levels.contains(unit.getLevel()));
    }

    /** Number of criteria that are set: a more specific row overrides a general one. */
    public int specificity() {
        int n = 0;
        n += unitTypes.isEmpty() ? 0 : 1;
        n += appraiseeClasses.isEmpty() ? 0 : 1;
        n += appraiseeGrades.isEmpty() ? 0 : 1;
        n += appraiseeHeadsUnit == null ? 0 : 1;
        n += appraiseeUnitLevels.isEmpty() ? 0 : 1;
        return n;
    }

    public Government getGovernment() {
        return government;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public Set<UnitType> getUnitTypes() {
        return CsvSets.enums(unitTypes, UnitType.class);
    }

    public Set<PositionClass> getAppraiseeClasses() {
        return CsvSets.enums(appraiseeClasses, PositionClass.class);
    }

    public Set<FunctionalGrade> getAppraiseeGrades() {
        return CsvSets.enums(appraiseeGrades, FunctionalGrade.class);
    }

    public Boolean getAppraiseeHeadsUnit() {
        return appraiseeHeadsUnit;
    }

    public Set<Integer> getAppraiseeUnitLevels() {
        return CsvSets.ints(appraiseeUnitLevels);
    }

    public AppraiserTarget getAppraiser() {
        return appraiser;
    }

    public AppraiserTarget getPerformanceOwner() {
        return performanceOwner;
    }

    public String getCitation() {
        return citation;
    }
}
