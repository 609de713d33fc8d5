package id.sikerja.domain.workflow;

/** Where a {@link StepSequence} stands: walking its steps, done after the last one, or ended by a refusal. */
public enum SequenceState {
    IN_PROGRESS,
    COMPLETED,
    REFUSED
}
