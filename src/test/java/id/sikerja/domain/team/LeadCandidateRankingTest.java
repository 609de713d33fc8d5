package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static id.sikerja.domain.team.TeamFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** JB Pasal 21 huruf c. */
class LeadCandidateRankingTest {

    private final TeamFixtures f = new TeamFixtures();

    private List<LeadCandidateRanking.Ranked> rank(Employee... people) {
        return LeadCandidateRanking.rank(Stream.of(people)
                .map(e -> LeadCandidateRanking.factsOf(e, START).orElseThrow()).toList());
    }

    @Test
    void expertJfFirstThenManagerialExperienceThenJfGradeThenPelaksanaRank() {
        Employee formerHead = f.person("Hadi Mantan Kasi", f.formerPengawas, "III/b", 10);
        formerHead.placeIn(f.pelaksana, START.minusMonths(6), "Penyetaraan");
        Employee juniorStaff = f.person("Indah Pelaksana", f.pelaksana, "II/a", 5);

        List<LeadCandidateRanking.Ranked> ranked = rank(f.staff, juniorStaff, f.terampilJf, formerHead, f.mudaJf,
                f.madyaJf);

        assertEquals(List.of("Ayu Madya", "Bayu Muda", "Hadi Mantan Kasi", "Dedi Terampil", "Eka Pelaksana",
                "Indah Pelaksana"), ranked.stream().map(r -> r.candidate().name()).toList());
        assertEquals(List.of(1, 1, 2, 3, 4, 4), ranked.stream().map(LeadCandidateRanking.Ranked::tier).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ranked.stream().map(LeadCandidateRanking.Ranked::place).toList());
        assertEquals("team.rankReason.1", ranked.get(0).reasonKey());
        assertEquals("AHLI_MADYA", ranked.get(0).reasonArgument());
        assertEquals("team.rankReason.4", ranked.get(4).reasonKey());
        assertEquals("Pangkat II/c (II/c)", ranked.get(4).reasonArgument());
    }

    @Test
    void unitHeadsAreNoCandidates() {
        List<LeadCandidateRanking.Ranked> ranked = rank(f.head, f.staff);
        assertEquals(1, ranked.size());
        assertFalse(ranked.stream().anyMatch(r -> r.candidate().name().equals("Fajar Kabid")));
    }

    @Test
    void nobodyWithoutAPositionIsRanked() {
        Employee unplaced = id.sikerja.domain.organisation.Fixtures.pns(f.government, "Tanpa Jabatan");
        assertEquals(java.util.Optional.empty(), LeadCandidateRanking.factsOf(unplaced, START));
    }
}
