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
 * Pejabat Penilai Kinerja (and optionally the Pimpinan Unit Organisasi who gives the work, and the
 * Pemilik Kinerja) is found this way". The KL Lampiran B tables ("Pemilik Kinerja | Penilai Kinerja |
 * Pejabat yang Dinilai") and the KU, JB and PS structure models are expressed as such rows, per
 * government, as data.
 *
 * <p>Criteria: unit type, position class/grade/level, whether the appraisee heads the unit, and the
 * units themselves — by unit code (that unit and everything below it, i.e. its path prefix) or by a
 * structure-model tag set on the unit ({@link OrgUnit#effectiveStructureModels()}), because KU applies
 * its models per Bagian or Dinas (KU Lampiran I huruf B angka 1: Model 2 or 3 for a Kabag, Model 4 or 5
 * for the JF and Pelaksana of a Bagian). Empty criteria match anything. Among matching rules only the
 * most specific count ({@link #specificity()}); see {@link AppraiserDerivation}.
 *
 * <p>A rule whose appraiser is a Pejabat Fungsional (a JF group head, a Kepala Puskesmas) must carry the
 * legal basis of that official's delegated authority ({@link #getDelegationBasis()}); without it the
 * derivation reports {@link AppraisalProblem#UNDELEGATED_APPRAISER}.
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

    /** Unit codes: the appraisee's unit is one of these units or lies below one of them. */
    @Column(name = "unit_codes", nullable = false, length = 1000)
    private String unitCodes = "";

    /** Structure-model tags: the appraisee's unit (or its nearest tagged ancestor) carries one of them. */
    @Column(name = "unit_models", nullable = false, length = 400)
    private String unitModels = "";

    /** Who gives the work (Pimpinan Unit Organisasi); null: the direct superior in the tree. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "unit_head_kind")),
            @AttributeOverride(name = "level", column = @Column(name = "unit_head_level"))})
    private AppraiserTarget unitHead;

    /**
     * The legal basis on which the appraiser named by this rule appraises by delegation (KU Pasal 1
     * angka 16: "atau pejabat lain yang diberi pendelegasian kewenangan"), e.g. the regulation's table
     * row that names a Kepala Puskesmas, or the decree delegating to a JF group head. Null: no delegation.
     */
    @Column(name = "delegation_basis")
    private String delegationBasis;

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

    /**
     * Which units the row selects (beside the criteria of {@link #define}) and who gives the work there.
     *
     * @param codes     unit codes; each selects that unit and its subtree
     * @param models    structure-model tags set on units
     * @param unitHeadTarget who gives the work; null for the direct superior
     * @param delegation legal basis of the appraiser's delegated authority; null or blank for none
     */
    public void select(Set<String> codes, Set<String> models, AppraiserTarget unitHeadTarget, String delegation) {
        if (codes != null) {
            codes.forEach(OrgUnit::checkCode);
        }
        if (models != null) {
            models.forEach(OrgUnit::checkCode);
        }
        this.unitCodes = CsvSets.join(codes, String::strip);
        this.unitModels = CsvSets.join(models, String::strip);
        this.unitHead = unitHeadTarget;
        this.delegationBasis = delegation == null || delegation.isBlank() ? null : delegation.strip();
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
                && (levels.isEmpty() || levels.contains(unit.getLevel()))
                && selectsUnit(unit);
    }

    private boolean selectsUnit(OrgUnit unit) {
        Set<String> codes = getUnitCodes();
        Set<String> models = getUnitModels();
        return (codes.isEmpty() || codes.stream().anyMatch(c -> unit.getPath().contains("/" + c + "/")))
                && (models.isEmpty() || unit.effectiveStructureModels().stream().anyMatch(models::contains));
    }

    /** Whether the row names units (by code or model tag) rather than kinds of units only. */
    public boolean selectsUnits() {
        return !unitCodes.isEmpty() || !unitModels.isEmpty();
    }

    /**
     * How specific the row is; a more specific row overrides a general one. A row that selects units
     * (by code or structure model) beats every row that does not, whatever their other criteria: the
     * model chosen for a Bagian must win over the government-wide default (KU Lampiran I huruf B angka
     * 1: Model 2 in one Bagian, Model 3 in the others). Within each of the two tiers the number of
     * criteria set decides. Equal specificity with different targets is a conflict shown to the admin.
     */
    public int specificity() {
        int n = selectsUnits() ? 100 : 0;
        n += unitCodes.isEmpty() ? 0 : 1;
        n += unitModels.isEmpty() ? 0 : 1;
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

    public Set<String> getUnitCodes() {
        return CsvSets.strings(unitCodes);
    }

    public Set<String> getUnitModels() {
        return CsvSets.strings(unitModels);
    }

    /** Who gives the work; null means the direct superior in the tree. */
    public AppraiserTarget getUnitHead() {
        return unitHead;
    }

    public String getDelegationBasis() {
        return delegationBasis;
    }

    public AppraiserTarget getPerformanceOwner() {
        return performanceOwner;
    }

    public String getCitation() {
        return citation;
    }
}
