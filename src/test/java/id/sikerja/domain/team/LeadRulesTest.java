package id.sikerja.domain.team;

import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.team.TeamFixtures.START;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadRulesTest {

    private final TeamFixtures f = new TeamFixtures();

    /** A kelompok kerja led by {@code f.mudaJf}, established. */
    private WorkTeam groupLedByMuda(PolicyProfile klaten) {
        WorkTeam group = f.kelompokKerja(klaten);
        LeadNomination n = LeadNomination.propose(group, List.of(f.mudaJf, f.mudaJf2), NominationOccasion.VACANCY, "x");
        n.recommend(Set.of(Actor.REGIONAL_SECRETARY), f.mudaJf, null);
        group.appointRecommendedLead(n);
        group.addTarget(TeamFixtures.target());
        group.submit(Set.of(Actor.UNIT_HEAD), klaten, n);
        group.establish(Set.of(Actor.SIGNER), "800.1/001/DINKES/2026", START, "KEPALA DINAS", "Kadis", null, null);
        return group;
    }

    @Test
    void klatenKetuaLeadsNoSecondKelompokKerja() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam first = groupLedByMuda(klaten);
        WorkTeam second = f.kelompokKerja(klaten);
        assertRefused("team.oneGroupPerLead",
                () -> LeadRules.requireNoSecondGroup(klaten, second, f.mudaJf, List.of(first)));
    }

    @Test
    void anEndedGroupOrAnAdHocTeamDoesNotCount() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam first = groupLedByMuda(klaten);
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(2));
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, adHoc, f.mudaJf, List.of(first)));
        WorkTeam second = f.kelompokKerja(klaten);
        first.end(Set.of(Actor.UNIT_HEAD));
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, second, f.mudaJf, List.of(first)));
    }

    @Test
    void theSameGroupIsNotASecondGroup() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam first = groupLedByMuda(klaten);
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, first, f.mudaJf, List.of(first)));
    }

    @Test
    void aKetuaMayBeAMemberOfAnotherGroup() {
        PolicyProfile klaten = TeamFixtures.klaten();
        groupLedByMuda(klaten);
        WorkTeam second = f.kelompokKerja(klaten);
        assertDoesNotThrow(() -> second.addMember(klaten, f.mudaJf, TeamRole.MEMBER, "Anggota", START));
    }

    @Test
    void governmentsWithoutTheRuleAllowSeveralTeams() {
        PolicyProfile ku = TeamFixtures.kayongUtara();
        WorkTeam one = f.timKerja(ku);
        one.addMember(ku, f.mudaJf, TeamRole.LEAD, null, START);
        WorkTeam two = f.timKerja(ku);
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(ku, two, f.mudaJf, List.of(one)));
    }

    @Test
    void nominationIsRequiredOnlyForAKlatenKelompokKerja() {
        assertTrue(LeadRules.nominationRequired(TeamFixtures.klaten(), WorkTeamKind.KELOMPOK_KERJA));
        assertFalse(LeadRules.nominationRequired(TeamFixtures.klaten(), WorkTeamKind.TIM_AD_HOC));
        assertFalse(LeadRules.nominationRequired(TeamFixtures.jombang(), WorkTeamKind.TIM_KERJA));
        assertFalse(LeadRules.nominationRequired(TeamFixtures.kayongUtara(), WorkTeamKind.TIM_KERJA));
        assertFalse(LeadRules.nominationRequired(TeamFixtures.pasuruan(), WorkTeamKind.TIM_KERJA));
    }

    @Test
    void aLeadFromOutsideTheOwnerUnitIsFlaggedNotRefused() {
        PolicyProfile ku = TeamFixtures.kayongUtara();
        WorkTeam team = f.timKerja(ku);
        assertFalse(LeadRules.leadOutsideOwnerUnit(team, f.mudaJf, START));
        assertTrue(LeadRules.leadOutsideOwnerUnit(team, f.outsider, START));
        assertDoesNotThrow(() -> team.addMember(ku, f.outsider, TeamRole.LEAD, null, START));
    }

    @Test
    void technicalGradesArePreferencesChecked() {
        assertFalse(LeadRules.technicalGradeDiffers(TeamRole.TECHNICAL_LEAD, f.madyaJf, START));
        assertTrue(LeadRules.technicalGradeDiffers(TeamRole.TECHNICAL_LEAD, f.mudaJf, START));
        assertFalse(LeadRules.technicalGradeDiffers(TeamRole.TECHNICAL_CONTROLLER, f.mudaJf, START));
        assertTrue(LeadRules.technicalGradeDiffers(TeamRole.TECHNICAL_CONTROLLER, f.madyaJf, START));
        assertFalse(LeadRules.technicalGradeDiffers(TeamRole.MEMBER, f.staff, START));
    }
}
