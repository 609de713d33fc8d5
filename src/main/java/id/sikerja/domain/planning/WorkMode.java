package id.sikerja.domain.planning;

/** Whether an agreement target is done individually or by a work team (PS Lampiran I.2). */
public enum WorkMode {
    INDIVIDUAL, TEAM
}
