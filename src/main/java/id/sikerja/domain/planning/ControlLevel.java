package id.sikerja.domain.planning;

/** Quality and level of control of an indicator (Manual IKI). */
public enum ControlLevel {
    OUTCOME, OUTCOME_ANTARA, OUTPUT_KENDALI_RENDAH
}
