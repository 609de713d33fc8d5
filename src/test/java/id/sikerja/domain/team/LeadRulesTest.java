package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
        return establishedGroup(f, klaten, f.mudaJf);
    }

    /** A kelompok kerja of the fixtures' year, established with {@code lead} recommended as its ketua. */
    static WorkTeam establishedGroup(TeamFixtures f, PolicyProfile klaten, Employee lead) {
        return establish(f.kelompokKerja(klaten), klaten, lead, f.mudaJf2.equals(lead) ? f.mudaJf : f.mudaJf2);
    }

    static WorkTeam establish(WorkTeam group, PolicyProfile klaten, Employee lead, Employee other) {
        LeadNomination n = LeadNomination.propose(klaten, group, List.of(lead, other),
                group.getStartDate().getYear() > START.getYear() ? NominationOccasion.YEAR_END
                        : NominationOccasion.VACANCY, "x",
                group.getStartDate().getYear() > START.getYear() ? LocalDate.of(START.getYear(), 12, 1) : START);
        TeamFixtures.recommend(n, lead, null);
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

    /** KL Pasal 27 with Lampiran B.2.k "secara definitif": only decreed groups of an overlapping period count. */
    @Test
    void lastYearsGroupDoesNotBlockItsKetuaForNextYearsGroup() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam thisYear = groupLedByMuda(klaten);
        WorkTeam nextYear = f.team(klaten, WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, nextYear, f.mudaJf, List.of(thisYear)),
                "the 2026 group (never ended) does not overlap the 2027 one");
        WorkTeam alsoThisYear = f.team(klaten, WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31));
        assertRefused("team.oneGroupPerLead",
                () -> LeadRules.requireNoSecondGroup(klaten, alsoThisYear, f.mudaJf, List.of(thisYear)));
    }

    @Test
    void aDraftOrSubmittedGroupIsNoSecondSeatYetButAnAmendedOneIs() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam draft = f.kelompokKerja(klaten);
        LeadNomination n = TeamFixtures.propose(klaten, draft, f.mudaJf, f.mudaJf2);
        TeamFixtures.recommend(n, f.mudaJf, null);
        draft.appointRecommendedLead(n);
        draft.addTarget(TeamFixtures.target());
        WorkTeam other = f.kelompokKerja(klaten);
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, other, f.mudaJf, List.of(draft)));
        draft.submit(Set.of(Actor.UNIT_HEAD), klaten, n);
        assertDoesNotThrow(() -> LeadRules.requireNoSecondGroup(klaten, other, f.mudaJf, List.of(draft)));
        draft.establish(Set.of(Actor.SIGNER), "800.1/001/DINKES/2026", START, "KEPALA DINAS", "Kadis", null, null);
        draft.amend(Set.of(Actor.UNIT_HEAD));
        assertRefused("team.oneGroupPerLead",
                () -> LeadRules.requireNoSecondGroup(klaten, other, f.mudaJf, List.of(draft)));
    }

    /** KL Pasal 16 ayat (3): the ketua of a decreed kelompok kerja of the year; not an ad-hoc tim's, not a draft's. */
    @Test
    void whoLeadsAKelompokKerjaOfTheYearIsAFact() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam group = groupLedByMuda(klaten);
        assertTrue(LeadRules.leadsKelompokKerjaIn(List.of(group), 2026));
        assertFalse(LeadRules.leadsKelompokKerjaIn(List.of(group), 2027));
        assertFalse(LeadRules.leadsKelompokKerjaIn(List.of(f.kelompokKerja(klaten)), 2026), "a draft is no fact yet");
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3));
        adHoc.addMember(klaten, f.mudaJf2, TeamRole.LEAD, null, START);
        adHoc.addTarget(TeamFixtures.target());
        adHoc.submit(Set.of(Actor.UNIT_HEAD), klaten, null);
        adHoc.establish(Set.of(Actor.SIGNER), "800.1/002/DINKES/2026", START, "KEPALA BIDANG", "Kabid", null, null);
        assertFalse(LeadRules.leadsKelompokKerjaIn(List.of(adHoc), 2026));
        assertTrue(LeadRules.leadsTeamIn(List.of(adHoc), 2026));
        group.end(Set.of(Actor.UNIT_HEAD));
        assertFalse(LeadRules.leadsKelompokKerjaIn(List.of(group), 2026), "an ended group's ketua leads nothing");
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
