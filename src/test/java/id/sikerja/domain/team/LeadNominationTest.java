package id.sikerja.domain.team;

import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.team.TeamFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * KL Pasal 14 ayat (1): at least two candidates to the Sekda through the personnel office, which forwards them; the
 * Sekda recommends one by a numbered decision or returns; then the decree.
 */
class LeadNominationTest {

    static final Set<Actor> SEKDA = Set.of(Actor.REGIONAL_SECRETARY);
    static final Set<Actor> BKPSDM = Set.of(Actor.PERSONNEL_OFFICE);

    private final TeamFixtures f = new TeamFixtures();
    private final PolicyProfile klaten = TeamFixtures.klaten();

    @Test
    void atLeastTwoDistinctCandidates() {
        WorkTeam group = f.kelompokKerja(klaten);
        assertRefused("team.nominationTooFewCandidates", () -> TeamFixtures.propose(klaten, group, f.mudaJf));
        assertRefused("team.nominationTooFewCandidates",
                () -> TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf));
        assertRefused("team.occasionRequired", () -> LeadNomination.propose(klaten, group,
                List.of(f.mudaJf, f.mudaJf2), null, "klaten.kabid", START));
        LeadNomination n = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        assertEquals(NominationState.PROPOSED, n.getState());
        assertEquals(2, n.getCandidates().size());
    }

    @Test
    void onlyForAKelompokKerjaBeingDraftedOrAmended() {
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3));
        assertRefused("team.nominationOnlyForKelompokKerja", () -> TeamFixtures.propose(klaten, adHoc, f.mudaJf,
                f.mudaJf2));
        WorkTeam group = LeadRulesTest.establishedGroup(f, klaten, f.mudaJf);
        assertRefused("team.amendToFillVacancy", () -> TeamFixtures.propose(klaten, group, f.madyaJf, f.mudaJf2));
    }

    @Test
    void thePersonnelOfficeForwardsBeforeTheSekdaAnswers() {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination n = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        assertEquals(NominationState.PROPOSED, n.getState());
        assertRefused("team.nominationNotPending", () -> n.recommend(SEKDA, f.mudaJf, null, "1", START, "S", "S", null));
        assertRefused("error.accessDenied", () -> n.forward(SEKDA));
        assertRefused("error.accessDenied", () -> n.forward(Set.of(Actor.UNIT_HEAD)));
        n.forward(BKPSDM);
        assertEquals(NominationState.FORWARDED, n.getState());
        assertRefused("team.nominationNotPending", () -> n.forward(BKPSDM));
        assertRefused("error.accessDenied", () -> n.recommend(BKPSDM, f.mudaJf, null, "1", START, "S", "S", null));
    }

    @Test
    void thePersonnelOfficeMayReturnAnIncompleteProposal() {
        LeadNomination n = TeamFixtures.propose(klaten, f.kelompokKerja(klaten), f.mudaJf, f.mudaJf2);
        assertRefused("team.reasonRequired", () -> n.returnWithReason(BKPSDM, " "));
        n.returnWithReason(BKPSDM, "Berkas calon belum lengkap");
        assertEquals(NominationState.RETURNED, n.getState());
    }

    @Test
    void theSekdaRecommendsOneOfTheCandidatesByANumberedDecisionAndHeBecomesKetua() {
        WorkTeam group = f.kelompokKerja(klaten);
        group.addMember(klaten, f.mudaJf2, TeamRole.MEMBER, "Anggota", START);
        LeadNomination n = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        n.forward(BKPSDM);
        assertRefused("team.notACandidate", () -> n.recommend(SEKDA, f.staff, null, "1", START, "S", "S", null));
        assertRefused("team.decreeIncomplete", () -> n.recommend(SEKDA, f.mudaJf2, null, " ", START, "S", "S", null));
        assertRefused("team.nominationNotPending", () -> n.keepDecisionDocument(new byte[]{1}));
        n.recommend(SEKDA, f.mudaJf2, "Berpengalaman", "800.1/007/SETDA/2026", START, "SEKRETARIS DAERAH",
                "Sekda", "197001011990031001");
        assertEquals(NominationState.RECOMMENDED, n.getState());
        assertEquals("800.1/007/SETDA/2026", n.getDecisionNumber());
        assertEquals(START, n.getDecisionDate());
        n.keepDecisionDocument(new byte[]{1, 2});
        assertRefused("team.nominationNotPending", () -> n.keepDecisionDocument(new byte[]{3}));
        assertEquals(2, n.getDecisionDocument().length, "the decision is kept as issued");
        assertRefused("team.nominationNotPending", () -> n.recommend(SEKDA, f.mudaJf, null, "2", START, "S", "S", null));
        assertRefused("team.nominationNotPending", () -> n.returnWithReason(SEKDA, "terlambat"));

        group.appointRecommendedLead(n);
        assertEquals(f.mudaJf2, group.lead().orElseThrow().getEmployee());
        assertEquals(1, group.getMembers().size(), "the member changed role, no second row");
    }

    @Test
    void theSekdaReturnsWithAReason() {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination n = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        n.forward(BKPSDM);
        assertRefused("team.reasonRequired", () -> n.returnWithReason(SEKDA, " "));
        n.returnWithReason(SEKDA, "Calon belum memenuhi syarat kompetensi");
        assertEquals(NominationState.RETURNED, n.getState());
        assertNull(n.getDecisionNumber());
        assertRefused("team.leadNotRecommended", () -> group.appointRecommendedLead(n));
    }

    @Test
    void aKelompokKerjaIsSubmittedOnlyWithTheRecommendedKetua() {
        WorkTeam group = f.kelompokKerja(klaten);
        group.addTarget(TeamFixtures.target());
        LeadNomination returned = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        returned.returnWithReason(BKPSDM, "Ulangi");
        assertRefused("team.leadRequired", () -> group.submit(Set.of(Actor.UNIT_HEAD), klaten, returned));

        LeadNomination n = TeamFixtures.propose(klaten, group, f.mudaJf, f.madyaJf);
        TeamFixtures.recommend(n, f.madyaJf, null);
        group.appointRecommendedLead(n);
        assertRefused("team.leadNotRecommended", () -> group.submit(Set.of(Actor.UNIT_HEAD), klaten, returned));
        group.submit(Set.of(Actor.UNIT_HEAD), klaten, n);
        assertEquals(WorkTeamState.SUBMITTED, group.getState());
    }

    @Test
    void aNewYearEndRecommendationReplacesThePreviousKetua() {
        WorkTeam group = f.team(klaten, WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        LocalDate december = LocalDate.of(2026, 12, 1);
        LeadNomination first = LeadNomination.propose(klaten, group, List.of(f.mudaJf, f.mudaJf2),
                NominationOccasion.YEAR_END, "x", december);
        TeamFixtures.recommend(first, f.mudaJf, null);
        group.appointRecommendedLead(first);
        LeadNomination second = LeadNomination.propose(klaten, group, List.of(f.madyaJf, f.mudaJf2),
                NominationOccasion.YEAR_END, "x", december);
        TeamFixtures.recommend(second, f.madyaJf, null);
        group.appointRecommendedLead(second);
        assertEquals(f.madyaJf, group.lead().orElseThrow().getEmployee());
        assertEquals(TeamRole.MEMBER, group.memberOf(f.mudaJf).orElseThrow().getRole());
    }

    @Test
    void aVacancyNominationNeedsTheSeatEmpty() {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination first = TeamFixtures.propose(klaten, group, f.mudaJf, f.mudaJf2);
        TeamFixtures.recommend(first, f.mudaJf, null);
        group.appointRecommendedLead(first);
        assertRefused("team.vacancyNotVacant", () -> TeamFixtures.propose(klaten, group, f.madyaJf, f.mudaJf2));

        group.removeMember(group.lead().orElseThrow());
        LeadNomination second = TeamFixtures.propose(klaten, group, f.madyaJf, f.mudaJf2);
        TeamFixtures.recommend(second, f.madyaJf, null);
        group.appointRecommendedLead(second);
        assertEquals(f.madyaJf, group.lead().orElseThrow().getEmployee());
    }

    /** KL Pasal 14 ayat (1) huruf b: year end for next year's group, from the policy's month; a vacancy this year. */
    @Test
    void theOccasionMustFit() {
        WorkTeam nextYears = f.team(klaten, WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        WorkTeam thisYears = f.kelompokKerja(klaten);
        LocalDate december = LocalDate.of(2026, 12, 1);
        LocalDate september = LocalDate.of(2026, 9, 30);
        List<id.sikerja.domain.organisation.Employee> two = List.of(f.mudaJf, f.mudaJf2);

        assertEquals(NominationOccasion.YEAR_END, LeadNomination.propose(klaten, nextYears, two,
                NominationOccasion.YEAR_END, "x", december).getOccasion());
        assertEquals(NominationOccasion.YEAR_END, LeadNomination.propose(klaten, nextYears, two,
                NominationOccasion.YEAR_END, "x", LocalDate.of(2026, 10, 1)).getOccasion(), "the window opens in October");
        assertRefused("team.yearEndNotYet", () -> LeadNomination.propose(klaten, nextYears, two,
                NominationOccasion.YEAR_END, "x", september));
        assertRefused("team.yearEndForNextYear", () -> LeadNomination.propose(klaten, thisYears, two,
                NominationOccasion.YEAR_END, "x", december));
        assertRefused("team.vacancyNotForNextYear", () -> LeadNomination.propose(klaten, nextYears, two,
                NominationOccasion.VACANCY, "x", december));
        assertEquals(NominationOccasion.VACANCY, LeadNomination.propose(klaten, thisYears, two,
                NominationOccasion.VACANCY, "x", september).getOccasion(), "a group without ketua has a vacant seat");
    }
}
