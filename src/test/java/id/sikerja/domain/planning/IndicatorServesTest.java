package id.sikerja.domain.planning;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.planning.PlanningFixtures.GOV;
import static id.sikerja.domain.planning.PlanningFixtures.HEAD;
import static id.sikerja.domain.planning.PlanningFixtures.OTHER;
import static id.sikerja.domain.planning.PlanningFixtures.SUPERIOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link of an agreement indicator to the superior's indicator it serves (the superior divides the targets of
 * the Perjanjian Kinerja among the heads below): only an indicator of a superior's signed agreement of the same
 * government and year, never the owner's own.
 */
class IndicatorServesTest {

    private static final long REGIONAL_HEAD = 1;
    private static final int YEAR = 2026;

    /** A signed agreement of {@code owner} whose indicators have the ids from {@code firstId} on. */
    private static PerformanceAgreement signed(long government, long owner, int year, long firstId) {
        PerformanceAgreement a = new PerformanceAgreement(government, owner, 4, 3, year, "Kepala Dinas " + owner,
                "Kepala Dinas Kesehatan", "Dinas Kesehatan");
        a.replaceContent(PlanningFixtures.lines(null), PlanningFixtures.common());
        a.submit(owner, REGIONAL_HEAD, "Bupati");
        a.approve(REGIONAL_HEAD);
        withIds(a, firstId);
        return a;
    }

    private static void withIds(PerformanceAgreement a, long firstId) {
        PlanningFixtures.setId(a, firstId - 1);
        long id = firstId;
        for (Indicator i : a.indicators()) {
            PlanningFixtures.setId(i, id++);
        }
    }

    /** The superiors of the head are {@code superiors}; any of these agreements' indicators can be looked up. */
    private static SuperiorPlan plan(Set<Long> superiors, PerformanceAgreement... known) {
        return new SuperiorPlan() {
            @Override
            public Set<Long> superiorIds() {
                return superiors;
            }

            @Override
            public Optional<Indicator> indicator(long id) {
                return Arrays.stream(known).flatMap(a -> a.indicators().stream())
                        .filter(i -> i.getId() == id).findFirst();
            }
        };
    }

    private static List<AgreementLine> serving(Long served) {
        return List.of(new AgreementLine("Meningkatnya mutu pelayanan kesehatan rujukan", List.of(
                new AgreementLine.IndicatorLine(null, "Persentase rujukan tertangani", "95", "%", null, served),
                new AgreementLine.IndicatorLine(null, "Jumlah puskesmas didampingi", "8", "puskesmas", null))));
    }

    @Test
    void anIndicatorServesAnIndicatorOfTheSuperiorsSignedAgreementOfTheSameYear() {
        PerformanceAgreement kadis = signed(GOV, SUPERIOR, YEAR, 101);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        kabid.replaceContent(serving(102L), PlanningFixtures.common(), plan(Set.of(SUPERIOR), kadis));

        assertEquals(102L, kabid.indicators().get(0).getServesIndicatorId());
        assertNull(kabid.indicators().get(1).getServesIndicatorId(), "a row without a choice stays unlinked");
    }

    @Test
    void notItselfNorAnotherIndicatorOfTheOwnAgreement() {
        PerformanceAgreement kabid = PlanningFixtures.agreement();
        kabid.replaceContent(PlanningFixtures.lines(null), PlanningFixtures.common());
        withIds(kabid, 201);

        assertRefused("agreement.servesOwn", () -> kabid.replaceContent(serving(201L), PlanningFixtures.common(),
                plan(Set.of(SUPERIOR, HEAD), kabid)));
        assertRefused("agreement.servesOwn", () -> kabid.replaceContent(serving(202L), PlanningFixtures.common(),
                plan(Set.of(SUPERIOR, HEAD), kabid)));
        assertEquals("Persentase puskesmas terakreditasi", kabid.indicators().get(0).getText(), "nothing changed");
    }

    @Test
    void notTheOwnersEarlierRevisionOrAnotherAgreementOfTheOwner() {
        PerformanceAgreement ownEarlier = signed(GOV, HEAD, YEAR, 301);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertRefused("agreement.servesOwn", () -> kabid.replaceContent(serving(301L), PlanningFixtures.common(),
                plan(Set.of(SUPERIOR, HEAD), ownEarlier)));
    }

    @Test
    void notAnIndicatorOfAnotherYear() {
        PerformanceAgreement lastYear = signed(GOV, SUPERIOR, YEAR - 1, 401);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertEquals(List.of(YEAR - 1, YEAR), assertRefused("agreement.servesOtherYear", () -> kabid.replaceContent(
                serving(401L), PlanningFixtures.common(), plan(Set.of(SUPERIOR), lastYear))).getArguments());
        assertTrue(kabid.indicators().isEmpty(), "nothing saved");
    }

    @Test
    void notAcrossGovernments() {
        PerformanceAgreement elsewhere = signed(GOV + 1, SUPERIOR, YEAR, 501);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertRefused("agreement.servesUnknown", () -> kabid.replaceContent(serving(501L), PlanningFixtures.common(),
                plan(Set.of(SUPERIOR), elsewhere)));
    }

    @Test
    void notAnIndicatorUnknownToTheGovernment() {
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertRefused("agreement.servesUnknown", () -> kabid.replaceContent(serving(999L), PlanningFixtures.common(),
                plan(Set.of(SUPERIOR))));
        assertRefused("agreement.servesUnknown", () -> kabid.replaceContent(serving(999L), PlanningFixtures.common()));
    }

    @Test
    void notAPeersOrASubordinatesAgreement() {
        PerformanceAgreement peer = signed(GOV, OTHER, YEAR, 601);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertRefused("agreement.servesNotSuperior", () -> kabid.replaceContent(serving(601L),
                PlanningFixtures.common(), plan(Set.of(SUPERIOR), peer)));
    }

    @Test
    void notAnAgreementTheSuperiorHasNotSignedYet() {
        PerformanceAgreement draft = new PerformanceAgreement(GOV, SUPERIOR, 4, 3, YEAR, "Kepala Dinas",
                "Kepala Dinas Kesehatan", "Dinas Kesehatan");
        draft.replaceContent(PlanningFixtures.lines(null), PlanningFixtures.common());
        withIds(draft, 701);
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        assertRefused("agreement.servesUnsigned", () -> kabid.replaceContent(serving(701L),
                PlanningFixtures.common(), plan(Set.of(SUPERIOR), draft)));
    }

    @Test
    void anAmendmentKeepsTheLinkAndTheLinkFollowsTheSuperiorsUnchangedIndicator() {
        PerformanceAgreement kadis = signed(GOV, SUPERIOR, YEAR, 801);
        PerformanceAgreement kabid = PlanningFixtures.agreement();
        kabid.replaceContent(serving(801L), PlanningFixtures.common(), plan(Set.of(SUPERIOR), kadis));
        kabid.submit(HEAD, SUPERIOR, "Kepala Dinas");
        kabid.approve(SUPERIOR);
        withIds(kabid, 811);

        PerformanceAgreement amended = kabid.amend("Perubahan anggaran");
        assertEquals(801L, amended.indicators().get(0).getServesIndicatorId(), "the amendment serves what it served");

        // the Kepala Dinas amends too, the served indicator unchanged: the link follows it
        PerformanceAgreement kadisAmended = kadis.amend("Perubahan anggaran");
        withIds(kadisAmended, 821);
        Indicator successor = kadisAmended.unchangedSuccessorOf(kadis.indicators().get(0)).orElseThrow();
        Indicator served = kabid.indicators().get(0);
        served.serveSuccessor(successor);
        assertEquals(821L, served.getServesIndicatorId());
        assertThrows(IllegalArgumentException.class, () -> kabid.indicators().get(1).serveSuccessor(successor),
                "an unlinked indicator follows nothing");
    }

    @Test
    void aNewDraftStartsFromTheTargetsTheSuperiorCascadedIntoTheOwnersSkp() {
        PerformanceAgreement kadis = signed(GOV, SUPERIOR, YEAR, 901);
        PerformanceAgreement peer = signed(GOV, OTHER, YEAR, 911);
        Skp own = new Skp(GOV, HEAD, new Skp.Party("Budi", null, "IV/a", "Kabid", "Bidang"), SUPERIOR,
                new Skp.Party("Ani", null, "IV/c", "Kadis", "Dinas"), 5L, 3L, SkpForm.NON_JPT,
                java.time.LocalDate.of(YEAR, 1, 1));
        own.cascade(WorkResultLine.cascadedFrom(SkpForm.NON_JPT, "Puskesmas didampingi menuju akreditasi",
                "Kepala Dinas", kadis.indicators().get(1)));
        own.cascade(WorkResultLine.cascadedFrom(SkpForm.NON_JPT, "Dukungan bagi bidang lain", "Kepala Bidang",
                peer.indicators().get(0)));
        own.cascade(PlanningFixtures.nonJpt(ResultCategory.UTAMA, null));
        own.cascade(WorkResultLine.cascadedFrom(SkpForm.NON_JPT, "Target yang diubah atasan", "Kepala Dinas",
                kadis.indicators().get(0))).flagForReview();
        PerformanceAgreement kabid = PlanningFixtures.agreement();

        kabid.startFromCascade(own.getResults(), PlanningFixtures.common(), plan(Set.of(SUPERIOR), kadis, peer));

        assertEquals(1, kabid.indicators().size(), "only what a superior divided: not a peer's, an unlinked or a flagged result");
        Indicator started = kabid.indicators().get(0);
        assertEquals("Puskesmas didampingi menuju akreditasi", started.getText());
        assertEquals(kadis.indicators().get(1).getTarget(), started.getTarget());
        assertEquals(902L, started.getServesIndicatorId());
        assertEquals("Meningkatnya mutu layanan kesehatan", started.getObjective().getText(), "the superior's objective");
        assertRefused("agreement.notEditable", () -> kabid.startFromCascade(own.getResults(),
                PlanningFixtures.common(), plan(Set.of(SUPERIOR), kadis)));
    }
}
