package id.sikerja.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Manual IKI of one individual indicator: purpose, definition, formula, unit of measure (optional
 * for kualitatif), quality and level of control, data source, reporting period (PermenPANRB 6/2022 Lampiran).
 */
@Embeddable
public class IndicatorManual {

    @Column(name = "manual_purpose", columnDefinition = "text")
    private String purpose;

    @Column(name = "manual_definition", columnDefinition = "text")
    private String definition;

    @Column(name = "manual_formula", columnDefinition = "text")
    private String formula;

    @Column(name = "manual_unit")
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_control_level")
    private ControlLevel controlLevel;

    @Column(name = "manual_data_source", columnDefinition = "text")
    private String dataSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_reporting_period")
    private ReportingPeriod reportingPeriod;

    protected IndicatorManual() {
    }

    public IndicatorManual(String purpose, String definition, String formula, String unit, ControlLevel controlLevel,
                           String dataSource, ReportingPeriod reportingPeriod) {
        this.purpose = PerformanceAgreement.clean(purpose);
        this.definition = PerformanceAgreement.clean(definition);
        this.formula = PerformanceAgreement.clean(formula);
        this.unit = PerformanceAgreement.clean(unit);
        this.controlLevel = controlLevel;
        this.dataSource = PerformanceAgreement.clean(dataSource);
        this.reportingPeriod = reportingPeriod;
    }

    public static IndicatorManual empty() {
        return new IndicatorManual();
    }

    public String getPurpose() {
        return purpose;
    }

    public String getDefinition() {
        return definition;
    }

    public String getFormula() {
        return formula;
    }

    public String getUnit() {
        return unit;
    }

    public ControlLevel getControlLevel() {
        return controlLevel;
    }

    public String getDataSource() {
        return dataSource;
    }

    public ReportingPeriod getReportingPeriod() {
        return reportingPeriod;
    }
}
