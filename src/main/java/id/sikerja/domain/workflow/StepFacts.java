package id.sikerja.domain.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * What is true when a step is taken: the reason given, which requirements are met, and which
 * requirements the government's policy switches on at all (a requirement the policy leaves off
 * never blocks).
 *
 * @param reason   the reason typed by the person taking the step, or null
 * @param met      requirements met by the subject's history (e.g. a planning dialogue recorded)
 * @param required requirements the policy switches on, in addition to those every chain demands
 */
public record StepFacts(String reason, Set<Requirement> met, Set<Requirement> required) {

    public StepFacts {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        met = met.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(met));
        required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    }

    public static StepFacts none() {
        return new StepFacts(null, Set.of(), Set.of());
    }

    public static StepFacts because(String reason) {
        return new StepFacts(reason, Set.of(), Set.of());
    }

    public StepFacts withReason(String why) {
        return new StepFacts(why, met, required);
    }

    /** Whether a requirement is switched on for this step (REASON always is where a transition names it). */
    boolean demands(Requirement r) {
        return r == Requirement.REASON || required.contains(r);
    }

    boolean satisfies(Requirement r) {
        return r == Requirement.REASON ? reason != null : met.contains(r);
    }
}
