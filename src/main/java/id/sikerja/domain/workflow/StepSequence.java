package id.sikerja.domain.workflow;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A chain whose steps a government's policy orders: a request that goes from one named official to the
 * next (e.g. the own department head, the target department head, the Kepala Daerah, the target unit
 * head). The steps are fixed when the request is made, so a later policy change does not reroute it;
 * each step is taken by the one person named for it, who approves (the next step follows; after the
 * last one the sequence is complete) or refuses with a reason (the sequence ends).
 * <p>
 * Its life as a state machine is {@link #chain}: the same three steps for every sequence, so the step
 * service records and routes them like any other chain; what a step means stays with its aggregate.
 */
@Embeddable
public class StepSequence {

    /** The step names, comma separated, in order. */
    @Column(nullable = false)
    private String steps;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SequenceState state = SequenceState.IN_PROGRESS;

    /** Who must take the current step. */
    @Column(name = "awaiting_id")
    private Long awaitingId;

    @Column(name = "refused_step")
    private String refusedStep;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    protected StepSequence() {
    }

    public StepSequence(List<? extends Enum<?>> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one step");
        }
        this.steps = String.join(",", steps.stream().map(Enum::name).toList());
    }

    /**
     * The life of a sequence, named {@code prefix}: {@code prefix.approve} moves to the next step,
     * {@code prefix.refuse} ends it with a reason, {@code prefix.complete} ends the last step with its
     * outcome (e.g. the people named); each only by the person named for the current step. While it is in
     * progress that person has a task {@code prefix.<STEP>} in their inbox (see {@link #inboxAction}).
     */
    public static Chain<SequenceState> chain(String prefix, String closedKey) {
        return Chain.named(prefix, SequenceState.class).stateFirst()
                .step(Transition.<SequenceState>of(prefix + ".approve").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.IN_PROGRESS).by(Actor.NAMED).wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .step(Transition.<SequenceState>of(prefix + ".refuse").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.REFUSED).by(Actor.NAMED)
                        .requires(Requirement.REASON, "assignment.reasonRequired").wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .step(Transition.<SequenceState>of(prefix + ".complete").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.COMPLETED).by(Actor.NAMED).wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .step(Transition.<SequenceState>of(prefix + ".return").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.IN_PROGRESS).by(Actor.NAMED)
                        .requires(Requirement.REASON, "assignment.reasonRequired").wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .step(Transition.<SequenceState>of(prefix + ".divert").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.IN_PROGRESS).by(Actor.NAMED)
                        .requires(Requirement.REASON, "assignment.reasonRequired").wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .step(Transition.<SequenceState>of(prefix + ".answerRefusal").from(SequenceState.IN_PROGRESS)
                        .to(SequenceState.REFUSED).by(Actor.NAMED)
                        .requires(Requirement.REASON, "assignment.reasonRequired").wrongState(closedKey)
                        .othersRefused("secondment.notYourStep"))
                .waiting(SequenceState.IN_PROGRESS, Actor.NAMED, prefix + ".step")
                .build();
    }

    public List<String> stepNames() {
        return Arrays.asList(steps.split(","));
    }

    /** The step waiting to be taken, or null once the sequence has ended. */
    public String current() {
        return state == SequenceState.IN_PROGRESS ? stepNames().get(stepIndex) : null;
    }

    public boolean isLast() {
        return stepIndex == stepNames().size() - 1;
    }

    /** Names who takes the current step; nobody is a problem the user must hear about. */
    public void awaiting(Long employeeId) {
        if (employeeId == null) {
            throw new BusinessRuleException("secondment.noActor", current());
        }
        this.awaitingId = employeeId;
    }

    /** How a person stands to the sequence: named for its current step, or not. */
    public java.util.Set<Actor> actorsOf(long employeeId) {
        return state == SequenceState.IN_PROGRESS && Objects.equals(awaitingId, employeeId)
                ? java.util.Set.of(Actor.NAMED) : java.util.Set.of();
    }

    /** The named person approves the current step (returned); after the last step the sequence is complete. */
    public String approve(Chain<SequenceState> chain, long actorId) {
        chain.take(chain.name() + ".approve", state, actorsOf(actorId), StepFacts.none());
        String step = current();
        stepIndex++;
        awaitingId = null;
        if (stepIndex >= stepNames().size()) {
            state = SequenceState.COMPLETED;
        }
        return step;
    }

    /** The named person ends the last step with its outcome; returns the step. */
    public String complete(Chain<SequenceState> chain, long actorId) {
        state = chain.take(chain.name() + ".complete", state, actorsOf(actorId), StepFacts.none()).to();
        awaitingId = null;
        return stepNames().get(stepIndex);
    }

    /** The named person refuses with a written reason; the sequence ends. Returns the refused step. */
    public String refuse(Chain<SequenceState> chain, long actorId, String reason) {
        StepFacts facts = StepFacts.because(reason);
        SequenceState next = chain.take(chain.name() + ".refuse", state, actorsOf(actorId), facts).to();
        String step = current();
        this.refusedStep = step;
        this.refusalReason = facts.reason();
        this.state = next;
        this.awaitingId = null;
        return step;
    }

    /**
     * The named person sends the current step back to the one before it with a reason (e.g. an answer whose
     * list of people the authority does not accept goes back to whoever drew it up). Returns the step left.
     */
    public String returnToPrevious(Chain<SequenceState> chain, long actorId, String reason) {
        StepFacts facts = StepFacts.because(reason);
        chain.take(chain.name() + ".return", state, actorsOf(actorId), facts);
        if (stepIndex == 0) {
            throw new BusinessRuleException("secondment.nothingToReturnTo");
        }
        String step = current();
        stepIndex--;
        awaitingId = null;
        return step;
    }

    /**
     * The named person refuses, and the refusal is not the end: {@code answerStep} (taken by someone else)
     * answers it before the sequence ends refused. The steps still ahead are replaced by that one step.
     * Returns the refused step.
     */
    public String refuseAnsweredBy(Chain<SequenceState> chain, long actorId, String reason, Enum<?> answerStep) {
        StepFacts facts = StepFacts.because(reason);
        chain.take(chain.name() + ".divert", state, actorsOf(actorId), facts);
        String step = current();
        List<String> names = new java.util.ArrayList<>(stepNames().subList(0, stepIndex + 1));
        names.add(answerStep.name());
        this.steps = String.join(",", names);
        this.refusedStep = step;
        this.refusalReason = facts.reason();
        this.stepIndex++;
        this.awaitingId = null;
        return step;
    }

    /** The named person answers an earlier refusal with their own reasons; the sequence ends refused. */
    public String answerRefusal(Chain<SequenceState> chain, long actorId, String reason) {
        if (refusedStep == null) {
            throw new BusinessRuleException("secondment.nothingRefused");
        }
        state = chain.take(chain.name() + ".answerRefusal", state, actorsOf(actorId), StepFacts.because(reason)).to();
        awaitingId = null;
        return stepNames().get(stepIndex);
    }

    /** The inbox action of the current step, e.g. {@code secondment.TARGET_NOMINATION}. */
    public String inboxAction(String prefix) {
        return prefix + "." + current();
    }

    /** The state as people read it in a history: the current step while in progress, else how it ended. */
    public String label() {
        return state == SequenceState.IN_PROGRESS ? current() : state.name();
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public SequenceState getState() {
        return state;
    }

    public Long getAwaitingId() {
        return awaitingId;
    }

    public String getRefusedStep() {
        return refusedStep;
    }

    public String getRefusalReason() {
        return refusalReason;
    }
}
