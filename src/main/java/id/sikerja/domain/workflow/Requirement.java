package id.sikerja.domain.workflow;

/**
 * What a transition needs besides the right state and the right person. Each is checked by
 * {@link Chain#take} against the {@link StepFacts} of the step, with its own message.
 */
public enum Requirement {
    /** A written reason: every refusal and return says why. */
    REASON,
    /** A planning dialogue about the subject was recorded, where the government's policy asks for one. */
    PLANNING_DIALOGUE
}
