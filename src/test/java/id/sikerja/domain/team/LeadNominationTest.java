package id.sikerja.domain.team;

import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.team.TeamFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** KL Pasal 14: at least two candidates to the Sekda, who recommends one or returns; then the decree. */
class LeadNominationTest {

    static final Set<Actor> SEKDA = Set.of(Actor.REGIONAL_SECRETARY);

    private final TeamFixtures f = new TeamFixtures();
    private final PolicyProfile klaten = TeamFixtures.klaten();

    @Test
    void atLeastTwoDistinctCandidates() {
        WorkTeam group = f.kelompokKerja(klaten);
        assertRefused("team.nominationTooFewCandidates",
                () -> LeadNomination.propose(group, List.of(f.mudaJf), NominationOccasion.VACANCY, "klaten.kabid"));
        assertRefused("team.nominationTooFewCandidates", () -> LeadNomination.propose(group,
                List.of(f.mudaJf, f.mudaJf), NominationOccasion.VACANCY, "klaten.kabid"));
        assertRefused("team.occasionRequired",
                () -> LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), null, "klaten.kabid"));
        LeadNomination n = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.YEAR_END,
                "klaten.kabid");
        assertEquals(NominationState.PROPOSED, n.getState());
        assertEquals(2, n.getCandidates().size());
    }

    @Test
    void onlyForADraftKelompokKerja() {
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3));
        assertRefused("team.nominationOnlyForKelompokKerja", () -> LeadNomination.propose(adHoc,
                List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x"));
    }

    @Test
    void theSekdaRecommendsOneOfTheCandidatesWhoBecomesKetua() {
        WorkTeam group = f.kelompokKerja(klaten);
        group.addMember(klaten, f.mudaJf2, TeamRole.MEMBER, "Anggota", START);
        LeadNomination n = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        assertRefused("team.notACandidate", () -> n.recommend(SEKDA, f.staff, null));
        n.recommend(SEKDA, f.mudaJf2, "Berpengalaman");
        assertEquals(NominationState.RECOMMENDED, n.getState());
        assertRefused("team.nominationNotPending", () -> n.recommend(SEKDA, f.mudaJf, null));
        assertRefused("team.nominationNotPending", () -> n.returnWithReason(SEKDA, "terlambat"));
        assertRefused("error.accessDenied", () -> n.recommend(Set.of(Actor.UNIT_HEAD), f.mudaJf, null));

        group.appointRecommendedLead(n);
        assertEquals(f.mudaJf2, group.lead().orElseThrow().getEmployee());
        assertEquals(1, group.getMembers().size(), "the member changed role, no second row");
    }

    @Test
    void theSekdaReturnsWithAReason() {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination n = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        assertRefused("team.reasonRequired", () -> n.returnWithReason(SEKDA, " "));
        n.returnWithReason(SEKDA, "Calon belum memenuhi syarat kompetensi");
        assertEquals(NominationState.RETURNED, n.getState());
        assertRefused("team.leadNotRecommended", () -> group.appointRecommendedLead(n));
    }

    @Test
    void aKelompokKerjaIsSubmittedOnlyWithTheRecommendedKetua() {
        WorkTeam group = f.kelompokKerja(klaten);
        group.addTarget(TeamFixtures.target());
        LeadNomination returned = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        returned.returnWithReason(SEKDA, "Ulangi");
        assertRefused("team.leadRequired", () -> group.submit(Set.of(Actor.UNIT_HEAD), klaten, returned));

        LeadNomination n = LeadNomination.propose(group, List.of(f.mudaJf, f.madyaJf), NominationOccasion.VACANCY, "x");
        n.recommend(SEKDA, f.madyaJf, null);
        group.appointRecommendedLead(n);
        assertRefused("team.leadNotRecommended", () -> group.submit(Set.of(Actor.UNIT_HEAD), klaten, returned));
        group.submit(Set.of(Actor.UNIT_HEAD), klaten, n);
        assertEquals(WorkTeamState.SUBMITTED, group.getState());
    }

    @Test
    void aNewRecommendationReplacesThePreviousKetua() {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination first = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        first.recommend(Set.of(Actor.REGIONAL_SECRETARY), f.mudaJf, null);
        group.appointRecommendedLead(first);
        LeadNomination second = LeadNomination.propose(group, List.of(f.madyaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        second.recommend(Set.of(Actor.REGIONAL_SECRETARY), f.madyaJf, null);
        group.appointRecommendedLead(second);
        assertEquals(f.madyaJf, group.lead().orElseThrow().getEmployee());
        assertEquals(TeamRole.MEMBER, group.memberOf(f.mudaJf).orElseThrow().getRole());
    }
}
