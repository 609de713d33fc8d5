package id.sikerja.domain.workflow;

import id.sikerja.domain.shared.AccessDeniedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain mechanism itself, on a small chain of its own (each real chain has its own tests). */
class ChainTest {

    enum State { DRAFT, SUBMITTED, RETURNED, APPROVED }

    static final Chain<State> CHAIN = Chain.named("test", State.class)
            .step(Transition.<State>of("test.submit").from(State.DRAFT, State.RETURNED).to(State.SUBMITTED)
                    .by(Actor.OWNER).wrongState("test.notEditable").denied("test.edit"))
            .step(Transition.<State>of("test.approve").from(State.SUBMITTED).to(State.APPROVED)
                    .by(Actor.APPRAISER).requires(Requirement.PLANNING_DIALOGUE, "test.dialogueFirst"))
            .step(Transition.<State>of("test.return").from(State.SUBMITTED).to(State.RETURNED)
                    .by(Actor.APPRAISER).requires(Requirement.REASON, "test.reasonRequired"))
            .waiting(State.SUBMITTED, Actor.APPRAISER, "test.approve")
            .waiting(State.RETURNED, Actor.OWNER, "test.fix")
            .build();

    static final Set<Actor> OWNER = Set.of(Actor.OWNER);
    static final Set<Actor> APPRAISER = Set.of(Actor.APPRAISER);

    @Nested
    class Taking {

        @Test
        void anAllowedStepGivesItsNextState() {
            assertEquals(State.SUBMITTED, CHAIN.take("test.submit", State.DRAFT, OWNER, StepFacts.none()).to());
            assertEquals(State.SUBMITTED, CHAIN.take("test.submit", State.RETURNED, OWNER, StepFacts.none()).to());
            assertEquals(State.RETURNED,
                    CHAIN.take("test.return", State.SUBMITTED, APPRAISER, StepFacts.because("Target belum terukur")).to());
        }

        @Test
        void somebodyElseIsRefusedBeforeTheStateIsLookedAt() {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> CHAIN.take("test.submit", State.APPROVED, APPRAISER, StepFacts.none()));
            assertEquals(List.of("test.edit"), e.getArguments(), "names the step refused");
            assertThrows(AccessDeniedException.class,
                    () -> CHAIN.take("test.approve", State.SUBMITTED, Set.of(), StepFacts.none()));
        }

        @Test
        void theWrongStateIsRefusedWithTheStepsOwnMessageAndTheState() {
            var e = assertRefused("test.notEditable",
                    () -> CHAIN.take("test.submit", State.SUBMITTED, OWNER, StepFacts.none()));
            assertEquals(List.of(State.SUBMITTED), e.getArguments());
            assertRefused("workflow.wrongState",
                    () -> CHAIN.take("test.approve", State.DRAFT, APPRAISER, StepFacts.none()));
        }

        @Test
        void aReturnWithoutAReasonIsRefused() {
            assertRefused("test.reasonRequired",
                    () -> CHAIN.take("test.return", State.SUBMITTED, APPRAISER, StepFacts.because("   ")));
            assertRefused("test.reasonRequired",
                    () -> CHAIN.take("test.return", State.SUBMITTED, APPRAISER, StepFacts.none()));
        }

        @Test
        void aRequirementBlocksOnlyWhereThePolicySwitchesItOn() {
            StepFacts policyOff = new StepFacts(null, Set.of(), Set.of());
            StepFacts policyOnNotMet = new StepFacts(null, Set.of(), Set.of(Requirement.PLANNING_DIALOGUE));
            StepFacts policyOnMet = new StepFacts(null, Set.of(Requirement.PLANNING_DIALOGUE),
                    Set.of(Requirement.PLANNING_DIALOGUE));

            assertEquals(State.APPROVED, CHAIN.take("test.approve", State.SUBMITTED, APPRAISER, policyOff).to());
            assertRefused("test.dialogueFirst",
                    () -> CHAIN.take("test.approve", State.SUBMITTED, APPRAISER, policyOnNotMet));
            assertEquals(State.APPROVED, CHAIN.take("test.approve", State.SUBMITTED, APPRAISER, policyOnMet).to());
        }

        @Test
        void anUnknownStepIsAProgrammingError() {
            assertThrows(IllegalArgumentException.class,
                    () -> CHAIN.take("test.sign", State.DRAFT, OWNER, StepFacts.none()));
        }
    }

    @Nested
    class Reading {

        @Test
        void availableStepsDependOnStateAndPerson() {
            assertEquals(List.of("test.submit"), CHAIN.available(State.DRAFT, OWNER));
            assertEquals(List.of(), CHAIN.available(State.DRAFT, APPRAISER));
            assertEquals(List.of("test.approve", "test.return"), CHAIN.available(State.SUBMITTED, APPRAISER));
        }

        @Test
        void whoWaitsInEachState() {
            assertEquals(new Chain.Wait(Actor.APPRAISER, "test.approve"), CHAIN.waitIn(State.SUBMITTED).orElseThrow());
            assertEquals(new Chain.Wait(Actor.OWNER, "test.fix"), CHAIN.waitIn(State.RETURNED).orElseThrow());
            assertTrue(CHAIN.waitIn(State.APPROVED).isEmpty());
            assertEquals(Set.of(State.APPROVED), CHAIN.endStates());
        }
    }

    @Nested
    class Declaring {

        @Test
        void aStepNeedsFromToAndWho() {
            var builder = Chain.named("bad", State.class);
            assertThrows(IllegalArgumentException.class,
                    () -> builder.step(Transition.<State>of("x").from(State.DRAFT).to(State.SUBMITTED)));
            assertThrows(IllegalArgumentException.class,
                    () -> builder.step(Transition.<State>of("x").from(State.DRAFT).by(Actor.OWNER)));
        }

        @Test
        void theSameStepTwiceForOneStateAndPersonIsRefused() {
            var builder = Chain.named("bad", State.class)
                    .step(Transition.<State>of("x").from(State.DRAFT).to(State.SUBMITTED).by(Actor.OWNER));
            assertThrows(IllegalArgumentException.class, () -> builder
                    .step(Transition.<State>of("x").from(State.DRAFT).to(State.APPROVED).by(Actor.OWNER)));
        }

        @Test
        void somebodyWaitingInAStateMustHaveAStepThere() {
            var builder = Chain.named("bad", State.class)
                    .step(Transition.<State>of("x").from(State.DRAFT).to(State.SUBMITTED).by(Actor.OWNER))
                    .waiting(State.SUBMITTED, Actor.APPRAISER, "x.approve");
            assertThrows(IllegalArgumentException.class, builder::build);
        }

        @Test
        void aLevelBelongsOnlyToHeadOfLevel() {
            assertEquals(2, Actor.headOfLevel(2).level());
            assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.Kind.OWNER, 1));
            assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.Kind.HEAD_OF_LEVEL, 0));
        }
    }
}
