package id.sikerja.domain.planning;

/** The stage of the cycle a performance dialogue belongs to. */
public enum DialogueStage {
    PLANNING, EXECUTION, EVALUATION
}
