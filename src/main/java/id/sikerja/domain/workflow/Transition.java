package id.sikerja.domain.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a chain: from which states, to which state, who may take it and what it needs. Built
 * with {@link #of} and the {@code from / to / by / requires} methods, each returning a new value.
 *
 * @param action       what the step is called; also the audit action ({@code audit.action.<action>})
 * @param from         the states the step may be taken in
 * @param to           the state after it
 * @param by           who may take it, relative to the subject
 * @param requirements what it needs, each with the message key shown when it is missing
 * @param wrongStateKey message key when the subject is in another state (argument: the state)
 * @param deniedKey    the step named in the access-denied message when the person may not take it
 * @param next         who must act after this step and the inbox action they see, or null for the new
 *                     state's usual wait ({@link Chain.Builder#waiting})
 * @param othersKey    where set, the message (a rule, not an access error) when the person may not take it,
 *                     e.g. "only the signer named in the letter signs it"
 */
public record Transition<S extends Enum<S>>(String action, Set<S> from, S to, Set<Actor> by,
                                            Map<Requirement, String> requirements, String wrongStateKey,
                                            String deniedKey, String othersKey, Chain.Wait next) {

    public Transition {
        Objects.requireNonNull(action, "action");
        from = Set.copyOf(from);
        by = Set.copyOf(by);
        requirements = Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
    }

    /** A step named {@code action}; say {@code from}, {@code to} and {@code by} before adding it to a chain. */
    public static <S extends Enum<S>> Transition<S> of(String action) {
        return new Transition<S>(action, Set.<S>of(), null, Set.<Actor>of(), Map.<Requirement, String>of(),
                "workflow.wrongState",
                "workflow.notYours", null, null);
    }

    @SafeVarargs
    public final Transition<S> from(S first, S... more) {
        return new Transition<>(action, EnumSet.of(first, more), to, by, requirements, wrongStateKey, deniedKey,
                othersKey, next);
    }

    public Transition<S> to(S state) {
        return new Transition<>(action, from, Objects.requireNonNull(state), by, requirements, wrongStateKey,
                deniedKey, othersKey, next);
    }

    public Transition<S> by(Actor... parties) {
        return new Transition<>(action, from, to, Set.of(parties), requirements, wrongStateKey, deniedKey,
                othersKey, next);
    }

    /** Adds a requirement, with the message the person sees when it is not met. */
    public Transition<S> requires(Requirement requirement, String messageKey) {
        Map<Requirement, String> r = new LinkedHashMap<>(requirements);
        r.put(requirement, messageKey);
        return new Transition<>(action, from, to, by, r, wrongStateKey, deniedKey, othersKey, next);
    }

    /** The message when the subject is not in one of the {@code from} states. */
    public Transition<S> wrongState(String messageKey) {
        return new Transition<>(action, from, to, by, requirements, messageKey, deniedKey, othersKey, next);
    }

    /** The message when the person may not take this step. */
    public Transition<S> denied(String messageKey) {
        return new Transition<>(action, from, to, by, requirements, wrongStateKey, messageKey, othersKey, next);
    }

    /** The rule message others get instead of an access error (they may see the subject, the step is not theirs). */
    public Transition<S> othersRefused(String messageKey) {
        return new Transition<>(action, from, to, by, requirements, wrongStateKey, deniedKey, messageKey, next);
    }

    /** After this step {@code actor} has the task {@code inboxAction} (instead of the new state's usual wait). */
    public Transition<S> then(Actor actor, String inboxAction) {
        return new Transition<>(action, from, to, by, requirements, wrongStateKey, deniedKey, othersKey,
                new Chain.Wait(actor, inboxAction));
    }

    public boolean takenBy(Set<Actor> callerIs) {
        return callerIs.stream().anyMatch(by::contains);
    }
}
