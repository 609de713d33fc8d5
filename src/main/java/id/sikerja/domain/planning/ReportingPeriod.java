package id.sikerja.domain.planning;

/** How often an indicator is reported (Manual IKI). */
public enum ReportingPeriod {
    MONTHLY, QUARTERLY, SEMESTER, ANNUAL
}
