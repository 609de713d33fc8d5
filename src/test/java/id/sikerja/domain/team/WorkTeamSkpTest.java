package id.sikerja.domain.team;

import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which SKP year a team's work belongs to, and which member results serve the team. */
class WorkTeamSkpTest {

    private final TeamFixtures f = new TeamFixtures();

    @Test
    void theSkpYearIsTheCurrentOneWhileTheTeamRunsAndItsFirstOrLastOtherwise() {
        WorkTeam team = f.team(TeamFixtures.klaten(), WorkTeamKind.TIM_AD_HOC, LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 3, 31));
        assertEquals(2026, team.skpYear(LocalDate.of(2025, 6, 1)), "not begun: its first year");
        assertEquals(2026, team.skpYear(LocalDate.of(2026, 12, 1)));
        assertEquals(2027, team.skpYear(LocalDate.of(2027, 2, 1)), "still running in its second year");
        assertEquals(2027, team.skpYear(LocalDate.of(2028, 1, 10)), "over: its last year");
    }

    @Test
    void aResultServesTheTeamWhenItSupportsTheLeadsResultOrNamesOneOfTheTargets() {
        WorkTeam team = f.timKerja(TeamFixtures.kayongUtara());
        team.addTarget(TeamFixtures.target());
        Set<Long> leadResults = Set.of(11L, 12L);

        assertTrue(team.servedBy("Laporan ketua", 12L, leadResults), "supports a result of the ketua");
        assertTrue(team.servedBy("  persentase RUJUKAN   tepat waktu ", null, leadResults),
                "names the team's indicator, case and spacing aside");
        assertTrue(team.servedBy("Meningkatnya kualitas layanan rujukan", 99L, leadResults),
                "names the team's objective");
        assertTrue(team.servedBy("Persentase rujukan tepat waktu (90 %)", null, leadResults),
                "an agreement indicator named with its target");
        assertFalse(team.servedBy("Persentase rujukan", 99L, leadResults), "another superior result");
        assertFalse(team.servedBy("Persentase rujukan tepat waktu kedua", null, leadResults), "a longer text");
        assertFalse(team.servedBy(null, null, leadResults), "not linked at all");
        assertFalse(team.servedBy(" ", null, Set.of()));
    }

    @Test
    void withoutTargetsOnlyTheLeadsResultsCount() {
        WorkTeam team = f.timKerja(TeamFixtures.kayongUtara());
        assertFalse(team.servedBy("Persentase rujukan tepat waktu", null, Set.of()));
        assertTrue(team.servedBy(null, 5L, Set.of(5L)));
    }
}
