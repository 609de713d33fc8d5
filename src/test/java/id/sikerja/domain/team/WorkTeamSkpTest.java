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
        TeamFixtures.withId(team.addTarget(TeamFixtures.target()), 40);
        Set<Long> leadResults = Set.of(11L, 12L);

        assertTrue(team.servedBy(null, 12L, leadResults), "supports a result of the ketua");
        assertTrue(team.servedBy(40L, null, leadResults), "names the team's target");
        assertTrue(team.servedBy(40L, 99L, leadResults), "names the team's target and supports another result");
        assertFalse(team.servedBy(41L, 99L, leadResults), "another team's target, another superior result");
        assertFalse(team.servedBy(null, null, leadResults), "not linked at all");
    }

    @Test
    void withoutTargetsOnlyTheLeadsResultsCount() {
        WorkTeam team = f.timKerja(TeamFixtures.kayongUtara());
        assertFalse(team.servedBy(40L, null, Set.of()));
        assertTrue(team.servedBy(null, 5L, Set.of(5L)));
    }
}
