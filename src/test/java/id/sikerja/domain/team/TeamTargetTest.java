package id.sikerja.domain.team;

import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.team.TeamFixtures.START;
import static id.sikerja.domain.team.TeamFixtures.target;
import static id.sikerja.domain.team.TeamFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Team targets with their own identity, members' own targets within the team, and what a target may link to. */
class TeamTargetTest {

    private final TeamFixtures f = new TeamFixtures();

    @Test
    void aNumericTargetIsPositiveAndTextsAreRequired() {
        assertRefused("team.targetNumericPositive", () -> new TargetContent("S", "I", "0 dokumen", BigDecimal.ZERO, "dokumen"));
        assertRefused("team.targetNumericPositive", () -> new TargetContent("S", "I", "-3", new BigDecimal("-3"), null));
        assertRefused("team.targetNumericTooPrecise", () -> new TargetContent("S", "I", "x", new BigDecimal("1.23456"), null));
        assertRefused("team.targetIncomplete", () -> new TargetContent(" ", "I", "5", null, null));
        assertRefused("team.textTooLong", () -> new TargetContent("S", "I", "5", null, "u".repeat(101)));
        TargetContent c = new TargetContent(" Sasaran ", "Indikator", "12 laporan", new BigDecimal("12"), " laporan ");
        assertEquals("Sasaran", c.objective());
        assertEquals("laporan", c.unit());
    }

    @Test
    void targetsKeepTheirOrderAndMoveUpAndDown() {
        WorkTeam team = f.timKerja(TeamFixtures.pasuruan());
        TeamTarget a = team.addTarget(TargetContent.text("A", "Ia", "1"));
        TeamTarget b = team.addTarget(TargetContent.text("B", "Ib", "2"));
        TeamTarget c = team.addTarget(TargetContent.text("C", "Ic", "3"));
        team.moveTarget(c, -1);
        assertEquals(List.of("A", "C", "B"), objectives(team));
        team.moveTarget(a, -1);
        assertEquals(List.of("A", "C", "B"), objectives(team), "the first stays first");
        team.moveTarget(a, 1);
        assertEquals(List.of("C", "A", "B"), objectives(team));
        team.removeTarget(a);
        team.moveTarget(b, -1);
        assertEquals(List.of("B", "C"), objectives(team), "gaps left by a removal do not matter");
        team.reviseTarget(b, TargetContent.text("B2", "Ib2", "4"));
        assertEquals("B2", team.getTargets().get(0).getObjective());
    }

    private static List<String> objectives(WorkTeam team) {
        return team.getTargets().stream().map(TeamTarget::getObjective).toList();
    }

    @Test
    void aMemberTargetServesATargetOfTheSameTeamAndPinsIt() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = withId(f.timKerja(policy), 1);
        WorkTeam other = withId(f.timKerja(policy), 2);
        TeamTarget served = withId(team.addTarget(target()), 10);
        TeamTarget foreign = withId(other.addTarget(target()), 20);
        TeamMember member = team.addMember(policy, f.staff, TeamRole.MEMBER, "Pendataan", START);

        assertRefused("team.memberTargetOtherTeam",
                () -> member.addTarget(foreign, TargetContent.text("Data rujukan", "Jumlah data", "12 laporan")));
        assertRefused("team.memberTargetOtherTeam",
                () -> member.addTarget(null, TargetContent.text("Data rujukan", "Jumlah data", "12 laporan")));
        TeamMemberTarget own = member.addTarget(served, TargetContent.text("Data rujukan", "Jumlah data", "12 laporan"));
        assertEquals(List.of(own), member.getTargets());
        assertRefused("team.memberTargetOtherTeam",
                () -> member.reviseTarget(own, foreign, TargetContent.text("x", "y", "z")));

        assertRefused("team.targetInUse", () -> team.removeTarget(served));
        member.removeTarget(own);
        team.removeTarget(served);
        assertTrue(team.getTargets().isEmpty());
    }

    @Test
    void memberTargetsAreSetWhileTheDecreeIsADraft() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = withId(f.timKerja(policy), 3);
        TeamTarget served = withId(team.addTarget(target()), 30);
        team.addMember(policy, f.mudaJf, TeamRole.LEAD, "Memimpin", START);
        TeamMember member = team.addMember(policy, f.staff, TeamRole.MEMBER, "Pendataan", START);
        TeamMemberTarget own = member.addTarget(served, TargetContent.text("Data", "Jumlah", "4"));
        team.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        assertRefused("team.wrongState", () -> member.addTarget(served, TargetContent.text("Lagi", "Jumlah", "1")));
        assertRefused("team.wrongState", () -> member.removeTarget(own));
    }

    @Test
    void aTargetLinksOnlyToAnIndicatorOfTheOwnerUnitsAgreementOfTheTeamsYear() {
        WorkTeam team = f.timKerja(TeamFixtures.pasuruan());
        withId(team.getGovernment(), 7);
        withId(team.getOwnerUnit(), 70);
        TeamTarget t = team.addTarget(target());
        long g = 7;
        long unit = 70;
        int year = START.getYear();

        team.linkTargetToIndicator(t, 900L, agreement(g, unit, year));
        assertEquals(900L, t.getAgreementIndicatorId());
        assertRefused("team.indicatorNotOwners", () -> team.linkTargetToIndicator(t, 901L, agreement(8, unit, year)));
        assertRefused("team.indicatorNotOwners", () -> team.linkTargetToIndicator(t, 902L, agreement(g, 71, year)));
        assertRefused("team.indicatorNotOwners", () -> team.linkTargetToIndicator(t, 903L, agreement(g, unit, year + 1)));
        assertRefused("team.indicatorNotOwners", () -> team.linkTargetToIndicator(t, 904L, null));
        assertEquals(900L, t.getAgreementIndicatorId(), "a refused link changes nothing");
        team.linkTargetToIndicator(t, null, null);
        assertNull(t.getAgreementIndicatorId());
    }

    private static PerformanceAgreement agreement(long g, long unit, int year) {
        return new PerformanceAgreement(g, 1, unit, 1, year, "Kepala Bidang", "Kepala Bidang Yankes", "Bidang Yankes");
    }

    @Test
    void anSkpResultMayNameATargetOfATeamItsOwnerBelongsToDuringTheSkp() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = f.team(policy, WorkTeamKind.TIM_KERJA, START, LocalDate.of(2026, 6, 30));
        TeamTarget t = team.addTarget(target());
        withId(f.staff, 501);
        withId(f.outsider, 502);
        team.addMember(policy, f.staff, TeamRole.MEMBER, null, START);
        assertTrue(t.servableBy(501, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertFalse(t.servableBy(502, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "not a member");
        assertFalse(t.servableBy(501, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), "team over before the SKP");
        team.dissolve(Set.of(Actor.UNIT_HEAD), "Dibatalkan");
        assertFalse(t.servableBy(501, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "dissolved team");
    }
}
