package id.sikerja.infrastructure.seed;

import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.AppraiserDerivation;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.InMemoryStructure;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.RankScheme;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticGovernmentTest {

    private static GovernmentBuilder.Built build(int size, long seed) {
        return GovernmentBuilder.build(SyntheticGovernment.of("SINTETIS", size, seed),
                code -> new Rank(code, code, code.contains("/") ? RankScheme.PNS : RankScheme.PPPK, 1), new HashSet<>());
    }

    @Test
    void generatesAboutTheRequestedSize() {
        int small = build(1000, 7).employees().size();
        int large = build(10_000, 7).employees().size();
        assertTrue(small >= 1000 && small <= 1200, "size " + small);
        assertTrue(large >= 10_000 && large <= 10_200, "size " + large);
    }

    @Test
    void sameSeedSameGovernment() {
        List<String> a = build(500, 42).employees().stream().map(e -> e.getName() + e.getNip()).toList();
        List<String> b = build(500, 42).employees().stream().map(e -> e.getName() + e.getNip()).toList();
        List<String> c = build(500, 43).employees().stream().map(e -> e.getName() + e.getNip()).toList();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void everyoneHasAnAppraiserExceptTheRegionalHead() {
        GovernmentBuilder.Built built = build(800, 3);
        InMemoryStructure structure = new InMemoryStructure(built.positions(), built.employees());
        AppraiserDerivation derivation = new AppraiserDerivation(structure, 1);
        for (Employee e : built.employees()) {
            AppraisalResult r = derivation.derive(e, GovernmentBuilder.STRUCTURE_DATE, built.rules(), Optional.empty());
            assertNull(r.problem(), e.getName());
        }
    }
}
