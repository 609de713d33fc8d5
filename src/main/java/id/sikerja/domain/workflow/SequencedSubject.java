package id.sikerja.domain.workflow;

import id.sikerja.domain.shared.BaseEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import java.util.Optional;

/**
 * A subject whose chain is a {@link StepSequence} (a request for staff, a voluntary application): its
 * state, its history label, its inbox action and the person named for its current step all come from the
 * sequence, the same way for each.
 */
@MappedSuperclass
public abstract class SequencedSubject extends BaseEntity implements WorkflowSubject<SequenceState> {

    /** The chain, fixed when the subject is made, and where it stands. */
    @Embedded
    protected StepSequence sequence;

    /** The employee the subject belongs to (who asked). */
    protected abstract Long ownerId();

    @Override
    public SequenceState getState() {
        return sequence.getState();
    }

    @Override
    public Optional<Long> holderOf(Actor actor) {
        if (actor.equals(Actor.NAMED)) {
            return Optional.ofNullable(sequence.getAwaitingId());
        }
        return actor.equals(Actor.OWNER) ? Optional.ofNullable(ownerId()) : Optional.empty();
    }

    @Override
    public String stateLabel() {
        return sequence.label();
    }

    @Override
    public String inboxAction(Chain.Wait wait) {
        return sequence.inboxAction(chain().name());
    }

    public int getStepIndex() {
        return sequence.getStepIndex();
    }

    public Long getAwaitingId() {
        return sequence.getAwaitingId();
    }

    public String getRefusalReason() {
        return sequence.getRefusalReason();
    }
}
