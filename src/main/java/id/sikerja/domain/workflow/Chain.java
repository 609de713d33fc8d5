package id.sikerja.domain.workflow;

import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An approval chain declared once: its states, its transitions (who takes each and what each needs)
 * and, for each state, who must act next (the inbox task it opens). Aggregates keep their chain as a
 * constant and let {@link #take} decide whether a step is allowed, so the rules of a chain have one
 * home; the application's step service uses the same declaration for the audit trail and the inbox.
 * <p>
 * Regional differences stay data: a requirement a government's policy switches off never blocks
 * ({@link StepFacts#required()}); chains whose steps a policy orders are a {@link StepSequence}.
 */
public final class Chain<S extends Enum<S>> {

    /** Who must act while the subject is in a state, and the inbox action they see. */
    public record Wait(Actor party, String inboxAction) {
    }

    private final String name;
    private final Class<S> states;
    private final List<Transition<S>> transitions;
    private final Map<S, Wait> waits;
    private final boolean stateFirst;

    private Chain(String name, Class<S> states, List<Transition<S>> transitions, Map<S, Wait> waits,
                  boolean stateFirst) {
        this.name = name;
        this.states = states;
        this.transitions = List.copyOf(transitions);
        this.waits = waits;
        this.stateFirst = stateFirst;
    }

    public static <S extends Enum<S>> Builder<S> named(String name, Class<S> states) {
        return new Builder<>(name, states);
    }

    /**
     * Checks that a person who stands to the subject as {@code callerIs} may take {@code action} in
     * state {@code current} with these facts, and returns the transition (its {@code to} is the next
     * state). Refuses with the transition's own message: the person first, then the state, then each
     * requirement in the order declared (a chain built with {@link Builder#stateFirst} checks the state
     * before the person). Nothing changes when it refuses.
     *
     * @throws IllegalArgumentException when the chain has no such action (a programming error)
     */
    public Transition<S> take(String action, S current, Set<Actor> callerIs, StepFacts facts) {
        List<Transition<S>> named = transitions.stream().filter(t -> t.action().equals(action)).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException(name + " has no step " + action);
        }
        if (stateFirst && named.stream().noneMatch(t -> t.from().contains(current))) {
            throw new BusinessRuleException(named.get(0).wrongStateKey(), current);
        }
        if (named.stream().noneMatch(t -> t.takenBy(callerIs))) {
            Transition<S> first = named.get(0);
            throw first.othersKey() != null ? new BusinessRuleException(first.othersKey())
                    : new AccessDeniedException(first.deniedKey());
        }
        Transition<S> t = named.stream().filter(n -> n.from().contains(current) && n.takenBy(callerIs)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(named.get(0).wrongStateKey(), current));
        for (Map.Entry<Requirement, String> r : t.requirements().entrySet()) {
            if (facts.demands(r.getKey()) && !facts.satisfies(r.getKey())) {
                throw new BusinessRuleException(r.getValue());
            }
        }
        return t;
    }

    /** The steps a person standing to the subject as {@code callerIs} may try in a state (for buttons). */
    public List<String> available(S current, Set<Actor> callerIs) {
        return transitions.stream().filter(t -> t.from().contains(current) && t.takenBy(callerIs))
                .map(Transition::action).distinct().toList();
    }

    /**
     * Who must act after {@code action} was taken from state {@code from} into {@code to}: the step's own
     * {@code then}, else the usual wait of the new state.
     */
    public Optional<Wait> waitAfter(String action, S from, S to) {
        Optional<Wait> own = transitions.stream().filter(t -> t.action().equals(action) && t.from().contains(from))
                .map(Transition::next).filter(java.util.Objects::nonNull).findFirst();
        return own.isPresent() ? own : waitIn(to);
    }

    /** Who must act in a state, if anyone. */
    public Optional<Wait> waitIn(S state) {
        return Optional.ofNullable(waits.get(state));
    }

    public String name() {
        return name;
    }

    public Class<S> states() {
        return states;
    }

    public List<Transition<S>> transitions() {
        return transitions;
    }

    /** States no transition leaves: the chain ends there. */
    public Set<S> endStates() {
        EnumSet<S> ends = EnumSet.allOf(states);
        transitions.forEach(t -> ends.removeAll(t.from()));
        return ends;
    }

    public static final class Builder<S extends Enum<S>> {
        private final String name;
        private final Class<S> states;
        private final List<Transition<S>> transitions = new ArrayList<>();
        private final Map<S, Wait> waits;
        private boolean stateFirst;

        private Builder(String name, Class<S> states) {
            this.name = name;
            this.states = states;
            this.waits = new EnumMap<>(states);
        }

        public Builder<S> step(Transition<S> t) {
            if (t.from().isEmpty() || t.to() == null || t.by().isEmpty()) {
                throw new IllegalArgumentException(name + "." + t.action() + " needs from, to and by");
            }
            boolean overlaps = transitions.stream().anyMatch(o -> o.action().equals(t.action())
                    && o.from().stream().anyMatch(t.from()::contains) && o.by().stream().anyMatch(t.by()::contains));
            if (overlaps) {
                throw new IllegalArgumentException(name + "." + t.action() + " is declared twice for one state");
            }
            transitions.add(t);
            return this;
        }

        /**
         * The state is checked before the person: once a request has ended, everyone hears that it has
         * ended, not that the step is not theirs.
         */
        public Builder<S> stateFirst() {
            this.stateFirst = true;
            return this;
        }

        /** While the subject is in {@code state}, {@code party} has a task {@code inboxAction} in their inbox. */
        public Builder<S> waiting(S state, Actor party, String inboxAction) {
            waits.put(state, new Wait(party, inboxAction));
            return this;
        }

        public Chain<S> build() {
            for (S s : waits.keySet()) {
                Wait w = waits.get(s);
                boolean someoneActs = transitions.stream().anyMatch(t -> t.from().contains(s) && t.by().contains(w.party()));
                if (!someoneActs) {
                    throw new IllegalArgumentException(name + ": " + w.party() + " waits in " + s + " but has no step there");
                }
            }
            return new Chain<>(name, states, transitions, new EnumMap<>(waits.isEmpty() ? new EnumMap<>(states) : waits),
                    stateFirst);
        }
    }
}
