package id.sikerja.domain.workflow;

import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.assignment.VolunteerApplication;
import id.sikerja.domain.assignment.VolunteerStep;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.policy.AppointmentRoute;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.VolunteerRoute;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import id.sikerja.infrastructure.seed.GovernmentSeed;
import id.sikerja.infrastructure.seed.SeedParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Walks every chain of each seeded government's policy profile, step by step, as the people who take the
 * steps: what a government does differently is read from its seed file (policy data), and the walk checks
 * who may act, what each step needs and whose inbox the next step lands in.
 */
class GovernmentChainsTest {

    private static final Set<Actor> OWNER = Set.of(Actor.OWNER);
    private static final Set<Actor> APPRAISER = Set.of(Actor.APPRAISER);
    private static final Set<Actor> APPROVER = Set.of(Actor.APPROVER);
    private static final Set<Actor> NAMED = Set.of(Actor.NAMED);

    /**
     * @param seed          the government's seed file
     * @param crossUnit     the steps of a request for staff of another unit
     * @param crossDept     the steps of a request for staff of another department ("-" where refused)
     * @param volunteer     the steps of a voluntary application across units
     * @param proposalTo    whom a unit head's appointment is proposed to ("-": appointed directly)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kayong-utara, TARGET_NOMINATION, OWN_AUTHORITY_FORWARD TARGET_AUTHORITY_APPROVAL REGIONAL_HEAD_RECOMMENDATION TARGET_NOMINATION TARGET_AUTHORITY_ANSWER, OWN_RECOMMENDATION TARGET_APPROVAL OWN_APPROVAL, APPRAISER",
            "jombang, TARGET_NOMINATION, TARGET_NOMINATION, TARGET_APPROVAL OWN_APPROVAL, APPRAISER",
            "klaten, TARGET_NOMINATION, TARGET_NOMINATION, OWN_APPROVAL, OWNER",
            "pasuruan, TARGET_NOMINATION, TARGET_NOMINATION, OWN_RECOMMENDATION TARGET_APPROVAL OWN_APPROVAL, -"})
    void everyChainOfTheGovernmentWalksToItsEnd(String seed, String crossUnit, String crossDept, String volunteer,
                                                 String proposalTo) {
        GovernmentSeed.Policy policy = SeedParser.bundled(seed).policy();

        walkSkp(policy.requirePlanningDialogue());
        walkAgreement();
        walkTeam();
        if (LeadSelection.valueOf(policy.leadSelection()) == LeadSelection.NOMINATION_TO_SECRETARY) {
            walkNomination();
        }
        walkAssignment();
        walkAssignmentProposal(AppointmentRoute.valueOf(policy.appointmentRoute()), proposalTo);

        CrossDepartmentApproval cross = CrossDepartmentApproval.valueOf(policy.crossDepartmentApproval());
        assertEquals(steps(crossUnit, SecondmentStep.class),
                walkSecondment(SecondmentRequest.chainFor(AssignmentScope.CROSS_UNIT, cross)));
        assertEquals(steps(crossDept, SecondmentStep.class),
                walkSecondment(SecondmentRequest.chainFor(AssignmentScope.CROSS_DEPARTMENT, cross)));

        VolunteerRoute route = VolunteerRoute.valueOf(policy.volunteerRoute());
        assertEquals(List.of(VolunteerStep.HEAD_APPROVAL),
                walkVolunteer(VolunteerApplication.chainFor(AssignmentScope.WITHIN_UNIT, route)));
        assertEquals(steps(volunteer, VolunteerStep.class),
                walkVolunteer(VolunteerApplication.chainFor(AssignmentScope.CROSS_UNIT, route)));
    }

    /** Drafted, submitted, returned with notes, resubmitted, approved (after the dialogue where required). */
    private static void walkSkp(boolean dialogueRequired) {
        Chain<SkpState> c = Skp.CHAIN;
        assertRefused("error.accessDenied", () -> c.take("skp.submit", SkpState.DRAFT, APPRAISER, StepFacts.none()));
        SkpState s = c.take("skp.submit", SkpState.DRAFT, OWNER, StepFacts.none()).to();
        assertEquals(new Chain.Wait(Actor.APPRAISER, "skp.approve"), c.waitAfter("skp.submit", SkpState.DRAFT, s).orElseThrow());
        SkpState from = s;
        assertRefused("skp.notesRequired", () -> c.take("skp.return", from, APPRAISER, StepFacts.none()));
        s = c.take("skp.return", s, APPRAISER, StepFacts.because("Target belum terukur")).to();
        assertEquals(new Chain.Wait(Actor.OWNER, "skp.fix"), c.waitIn(s).orElseThrow());
        s = c.take("skp.submit", s, OWNER, StepFacts.none()).to();
        Set<Requirement> required = dialogueRequired ? Set.of(Requirement.PLANNING_DIALOGUE) : Set.of();
        SkpState submitted = s;
        if (dialogueRequired) {
            assertRefused("skp.planningDialogueRequired",
                    () -> c.take("skp.approve", submitted, APPRAISER, new StepFacts(null, Set.of(), required)));
        }
        s = c.take("skp.approve", s, APPRAISER,
                new StepFacts(null, Set.of(Requirement.PLANNING_DIALOGUE), required)).to();
        assertEquals(SkpState.APPROVED, s);
        assertEquals(SkpState.CLOSED, c.take("skp.close", s, Set.of(Actor.SYSTEM), StepFacts.none()).to());
    }

    private static void walkAgreement() {
        Chain<AgreementState> c = PerformanceAgreement.CHAIN;
        AgreementState s = c.take("agreement.submit", AgreementState.DRAFT, OWNER, StepFacts.none()).to();
        assertEquals(new Chain.Wait(Actor.APPROVER, "agreement.approve"), c.waitIn(s).orElseThrow());
        assertRefused("error.accessDenied", () -> c.take("agreement.approve", AgreementState.SUBMITTED, OWNER,
                StepFacts.none()));
        s = c.take("agreement.return", s, APPROVER, StepFacts.because("Indikator belum terukur")).to();
        s = c.take("agreement.submit", s, OWNER, StepFacts.none()).to();
        s = c.take("agreement.approve", s, APPROVER, StepFacts.none()).to();
        assertEquals(AgreementState.SUPERSEDED,
                c.take("agreement.supersede", s, Set.of(Actor.SYSTEM), StepFacts.none()).to());
    }

    private static void walkTeam() {
        Chain<WorkTeamState> c = WorkTeam.CHAIN;
        Set<Actor> head = Set.of(Actor.UNIT_HEAD);
        Set<Actor> signer = Set.of(Actor.SIGNER);
        WorkTeamState s = c.take("team.submit", WorkTeamState.DRAFT, head, StepFacts.none()).to();
        assertEquals(new Chain.Wait(Actor.SIGNER, "team.sign"), c.waitIn(s).orElseThrow());
        WorkTeamState returned = c.take("team.return", s, signer, StepFacts.because("Tugas belum jelas")).to();
        assertEquals(new Chain.Wait(Actor.UNIT_HEAD, "team.fix"), c.waitAfter("team.return", s, returned).orElseThrow());
        s = c.take("team.submit", returned, head, StepFacts.none()).to();
        s = c.take("team.sign", s, signer, StepFacts.none()).to();
        assertEquals(WorkTeamState.ESTABLISHED, s);
        // a member change after the decree: an amending decree, signed (or returned) by the same signer
        WorkTeamState amending = c.take("team.amend", s, head, StepFacts.none()).to();
        WorkTeamState amendment = c.take("team.submitAmendment", amending, head, StepFacts.none()).to();
        assertEquals(new Chain.Wait(Actor.SIGNER, "team.signAmendment"), c.waitIn(amendment).orElseThrow());
        assertEquals(new Chain.Wait(Actor.UNIT_HEAD, "team.fix"), c.waitAfter("team.returnAmendment", amendment,
                c.take("team.returnAmendment", amendment, signer, StepFacts.because("Tugas belum jelas")).to())
                .orElseThrow());
        assertEquals(WorkTeamState.ESTABLISHED, c.take("team.signAmendment", amendment, signer, StepFacts.none()).to());
        assertEquals(WorkTeamState.ENDED, c.take("team.end", s, head, StepFacts.none()).to());
        assertEquals(WorkTeamState.DISSOLVED,
                c.take("team.dissolve", WorkTeamState.DRAFT, head, StepFacts.because("Tidak jadi")).to());
    }

    /**
     * KL Pasal 14 ayat (1): the head's proposal goes to the personnel office (BKPSDM), which forwards it to the
     * Sekda or returns it; the Sekda recommends, or returns with a reason.
     */
    private static void walkNomination() {
        Chain<NominationState> c = LeadNomination.CHAIN;
        Set<Actor> sekda = Set.of(Actor.REGIONAL_SECRETARY);
        Set<Actor> bkpsdm = Set.of(Actor.PERSONNEL_OFFICE);
        assertEquals(new Chain.Wait(Actor.PERSONNEL_OFFICE, "team.forwardNomination"),
                c.waitIn(NominationState.PROPOSED).orElseThrow());
        assertRefused("error.accessDenied", () -> c.take("team.forwardNomination", NominationState.PROPOSED, sekda,
                StepFacts.none()));
        assertRefused("team.nominationNotPending", () -> c.take("team.recommend", NominationState.PROPOSED, sekda,
                StepFacts.none()));
        NominationState s = c.take("team.forwardNomination", NominationState.PROPOSED, bkpsdm, StepFacts.none()).to();
        assertEquals(NominationState.FORWARDED, s);
        assertEquals(new Chain.Wait(Actor.REGIONAL_SECRETARY, "team.recommend"),
                c.waitAfter("team.forwardNomination", NominationState.PROPOSED, s).orElseThrow());
        assertRefused("error.accessDenied", () -> c.take("team.recommend", NominationState.FORWARDED,
                Set.of(Actor.UNIT_HEAD), StepFacts.none()));
        assertRefused("error.accessDenied", () -> c.take("team.recommend", NominationState.FORWARDED, bkpsdm,
                StepFacts.none()));
        assertEquals(NominationState.RECOMMENDED,
                c.take("team.recommend", NominationState.FORWARDED, sekda, StepFacts.none()).to());
        assertEquals(NominationState.RETURNED, c.take("team.returnNomination", NominationState.FORWARDED, sekda,
                StepFacts.because("Calon belum memenuhi syarat")).to());
        assertEquals(NominationState.RETURNED, c.take("team.returnNomination", NominationState.PROPOSED, bkpsdm,
                StepFacts.because("Berkas belum lengkap")).to());
    }

    private static void walkAssignment() {
        Chain<AssignmentStatus> c = Assignment.CHAIN;
        assertEquals(new Chain.Wait(Actor.NAMED, "assignment.sign"),
                c.waitIn(AssignmentStatus.AWAITING_SIGNATURE).orElseThrow());
        assertRefused("assignment.notTheSigner", () -> c.take("assignment.sign", AssignmentStatus.AWAITING_SIGNATURE,
                OWNER, StepFacts.none()));
        assertEquals(AssignmentStatus.ISSUED,
                c.take("assignment.sign", AssignmentStatus.AWAITING_SIGNATURE, NAMED, StepFacts.none()).to());
        assertEquals(AssignmentStatus.REFUSED, c.take("assignment.refuse", AssignmentStatus.AWAITING_SIGNATURE, NAMED,
                StepFacts.because("Bukan tugas unit ini")).to());
    }

    /**
     * An appointment by a unit head who is neither the person's appraiser nor their performance owner: where the
     * government's route makes it a proposal (KU Lampiran I huruf B huruf d, JB Lampiran II huruf B angka 2 huruf
     * d: to the appraiser; KL Lampiran huruf B angka 2 huruf q angka 1): to the performance owner), it lands in
     * that official's inbox, who accepts it (the letter then waits for its signer) or refuses it with a reason.
     */
    private static void walkAssignmentProposal(AppointmentRoute route, String expectedAcceptor) {
        id.sikerja.domain.organisation.Government g = id.sikerja.domain.organisation.Fixtures.government("UJI");
        var unitHead = id.sikerja.domain.organisation.Fixtures.pns(g, "Kepala Bidang");
        var appraiser = id.sikerja.domain.organisation.Fixtures.pns(g, "Kepala Seksi");
        var owner = id.sikerja.domain.organisation.Fixtures.pns(g, "Kepala Dinas");
        var acceptor = route.acceptor(unitHead, appraiser, owner);
        assertEquals(switch (expectedAcceptor) {
            case "APPRAISER" -> java.util.Optional.of(appraiser);
            case "OWNER" -> java.util.Optional.of(owner);
            default -> java.util.Optional.empty();
        }, acceptor);
        Chain<AssignmentStatus> c = Assignment.CHAIN;
        if (acceptor.isEmpty()) {
            return;
        }
        Set<Actor> accepting = Set.of(Actor.APPROVER);
        assertEquals(new Chain.Wait(Actor.APPROVER, "assignment.accept"), c.waitIn(AssignmentStatus.PROPOSED).orElseThrow());
        assertRefused("assignment.notTheAcceptor", () -> c.take("assignment.accept", AssignmentStatus.PROPOSED, NAMED,
                StepFacts.none()));
        assertRefused("assignment.notAwaitingSignature", () -> c.take("assignment.sign", AssignmentStatus.PROPOSED,
                NAMED, StepFacts.none()));
        assertRefused("assignment.reasonRequired", () -> c.take("assignment.decline", AssignmentStatus.PROPOSED,
                accepting, StepFacts.none()));
        assertEquals(AssignmentStatus.REFUSED, c.take("assignment.decline", AssignmentStatus.PROPOSED, accepting,
                StepFacts.because("Pegawai sedang tugas belajar")).to());
        AssignmentStatus s = c.take("assignment.accept", AssignmentStatus.PROPOSED, accepting, StepFacts.none()).to();
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, s);
        assertEquals(new Chain.Wait(Actor.NAMED, "assignment.sign"),
                c.waitAfter("assignment.accept", AssignmentStatus.PROPOSED, s).orElseThrow());
        assertEquals(AssignmentStatus.ISSUED, c.take("assignment.sign", s, NAMED, StepFacts.none()).to());
    }

    /** Each step by the person named for it; the target side ends the last one by naming people. */
    private static List<SecondmentStep> walkSecondment(List<SecondmentStep> chain) {
        StepSequence sequence = new StepSequence(chain);
        List<SecondmentStep> walked = new ArrayList<>();
        long person = 100;
        while (sequence.getState() == SequenceState.IN_PROGRESS) {
            sequence.awaiting(person);
            assertEquals("secondment." + sequence.current(), sequence.inboxAction("secondment"));
            long other = person + 1;
            assertRefused("secondment.notYourStep", () -> sequence.approve(SecondmentRequest.CHAIN, other));
            walked.add(SecondmentStep.valueOf(sequence.current()));
            if (sequence.isLast()) {
                sequence.complete(SecondmentRequest.CHAIN, person);
            } else {
                sequence.approve(SecondmentRequest.CHAIN, person);
            }
            person += 10;
        }
        assertEquals(SequenceState.COMPLETED, sequence.getState());
        long last = person;
        assertRefused("secondment.closed", () -> sequence.refuse(SecondmentRequest.CHAIN, last, "terlambat"));
        return walked;
    }

    /** Each approval by the head named for it; after the last one the application is granted. */
    private static List<VolunteerStep> walkVolunteer(List<VolunteerStep> chain) {
        StepSequence sequence = new StepSequence(chain);
        List<VolunteerStep> walked = new ArrayList<>();
        long person = 200;
        while (sequence.getState() == SequenceState.IN_PROGRESS) {
            sequence.awaiting(person);
            walked.add(VolunteerStep.valueOf(sequence.approve(VolunteerApplication.CHAIN, person)));
            person += 10;
        }
        assertEquals(SequenceState.COMPLETED, sequence.getState());
        return walked;
    }

    private static <E extends Enum<E>> List<E> steps(String names, Class<E> type) {
        return Arrays.stream(names.split(" ")).map(n -> Enum.valueOf(type, n)).toList();
    }

    @org.junit.jupiter.api.Test
    void aSequenceNeedsAStepAndSomebodyForIt() {
        assertThrows(IllegalArgumentException.class, () -> new StepSequence(List.<SecondmentStep>of()));
        StepSequence s = new StepSequence(List.of(SecondmentStep.TARGET_NOMINATION));
        assertRefused("secondment.noActor", () -> s.awaiting(null));
    }
}
