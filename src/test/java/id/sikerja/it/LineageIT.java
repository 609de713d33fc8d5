package id.sikerja.it;

import id.sikerja.application.Cascading;
import id.sikerja.application.Cascading.LineageStep;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.PlanningService;
import id.sikerja.application.PlanningService.IndicatorView;
import id.sikerja.application.SkpService;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementLine.IndicatorLine;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lineage on the real stack (Klaten's Dinas Kesehatan): a Kepala Bidang's agreement indicator names the Kepala
 * Dinas's indicator it serves, the lineage follows exactly those links (an indicator without one is marked, not
 * guessed), an amendment of the Kepala Dinas's agreement carries the link along, and every step of a lineage
 * passes the visibility rule of the SKP or agreement it shows.
 */
@ExtendWith(ArquillianExtension.class)
class LineageIT {

    /** A year nobody else plans (the demo plans this one, PlanningIT the next), so these are its only agreements. */
    private static final int YEAR = LocalDate.now().getYear() + 3;

    private static final String ACCREDITED = "Persentase puskesmas terakreditasi paripurna";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(LineageIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    PlanningService planning;

    @Inject
    Cascading cascading;

    @Inject
    SkpService skps;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private int version(long agreement) {
        return planning.agreement(agreement).version();
    }

    private List<IndicatorView> indicators(long agreement) {
        return planning.agreement(agreement).objectives().get(0).indicators();
    }

    private static List<String> kinds(List<LineageStep> steps) {
        return steps.stream().map(LineageStep::kind).toList();
    }

    private static List<Long> ids(List<LineageStep> steps) {
        return steps.stream().map(LineageStep::id).toList();
    }

    private static List<AgreementLine> kadisContent(String maternalTarget) {
        return List.of(new AgreementLine("Meningkatnya derajat kesehatan masyarakat", List.of(
                new IndicatorLine(null, "Angka kematian ibu", maternalTarget, "per 100.000 kelahiran hidup", null),
                new IndicatorLine(null, ACCREDITED, "60", "%", null))));
    }

    private static List<AgreementLine> kabidContent(Long firstServes) {
        return List.of(new AgreementLine("Meningkatnya mutu pelayanan kesehatan primer", List.of(
                new IndicatorLine(null, "Jumlah puskesmas yang didampingi menuju akreditasi paripurna", "8",
                        "puskesmas", null, firstServes),
                new IndicatorLine(null, "Persentase rujukan yang tertangani tepat waktu", "95", "%", null))));
    }

    @Test
    void lineageFollowsTheRecordedLinksAndShowsEachStepOnlyToWhoMaySeeIt() {
        // the Kepala Dinas's agreement, signed by the Bupati
        currentUser.runAs("klaten.kadis");
        long kadisPk = planning.startAgreement(YEAR);
        planning.saveAgreement(kadisPk, version(kadisPk), kadisContent("85"));
        planning.submitAgreement(kadisPk, version(kadisPk));
        currentUser.runAs("klaten.bupati");
        planning.approveAgreement(kadisPk, version(kadisPk));
        long maternal = indicators(kadisPk).get(0).id();
        long accredited = indicators(kadisPk).get(1).id();

        // someone new in the Bidang, so the Kabid's matrix reaches a person with a login of their own
        String staff = ItSupport.newKlatenYankesStaff(currentUser, administration, em);
        long staffId = ItSupport.employeeOf(em, staff);

        // the Kadis divides a target to the Kabid (the matrix writes it into the Kabid's SKP draft); the Kabid's
        // agreement starts from it, serving the Kadis's indicator
        currentUser.runAs("klaten.kadis");
        long kabidId = ItSupport.employeeOf(em, "klaten.kabid");
        String divided = "Puskesmas yang didampingi menuju akreditasi paripurna";
        assertEquals(1, cascading.saveMatrix(kadisPk, Map.of(Cascading.MatrixView.key(kabidId, accredited), divided))
                .resultsCreated());
        currentUser.runAs("klaten.kabid");
        long kabidPk = planning.startAgreement(YEAR);
        PlanningService.AgreementView started = planning.agreement(kabidPk);
        assertEquals(1, started.objectives().size(), started::toString);
        assertEquals("Meningkatnya derajat kesehatan masyarakat", started.objectives().get(0).text());
        IndicatorView startedFrom = started.objectives().get(0).indicators().get(0);
        assertEquals(List.of(divided, "60", "%", accredited), List.of(startedFrom.text(), startedFrom.targetValue(),
                startedFrom.targetUnit(), startedFrom.servesIndicatorId()));

        // the choice offers the Kadis's indicators; a wrong choice is refused, nothing saved
        List<PlanningService.ServableIndicator> options = planning.servableIndicators(kabidPk);
        assertEquals(List.of(maternal, accredited), options.stream().map(PlanningService.ServableIndicator::id).toList());
        assertTrue(options.get(1).label().contains(ACCREDITED), options.get(1).label());
        long otherGovernment = em.createQuery("select i.id from Indicator i where i.objective.agreement.governmentId "
                + "<> (select a.governmentId from PerformanceAgreement a where a.id = :k)", Long.class)
                .setParameter("k", kabidPk).setMaxResults(1).getSingleResult();
        int before = version(kabidPk);
        assertEquals("agreement.servesUnknown", assertThrows(BusinessRuleException.class,
                () -> planning.saveAgreement(kabidPk, before, kabidContent(otherGovernment))).getMessageKey());
        long demoYearIndicator = em.createQuery("select i.id from Indicator i where i.objective.agreement.ownerId = :o "
                + "and i.objective.agreement.year = :y", Long.class)
                .setParameter("o", ItSupport.employeeOf(em, "klaten.kadis")).setParameter("y", YEAR - 3)
                .setMaxResults(1).getSingleResult();
        assertEquals("agreement.servesOtherYear", assertThrows(BusinessRuleException.class,
                () -> planning.saveAgreement(kabidPk, before, kabidContent(demoYearIndicator))).getMessageKey());
        assertEquals(before, version(kabidPk));
        assertEquals(started.objectives(), planning.agreement(kabidPk).objectives(), "nothing saved");
        planning.saveAgreement(kabidPk, before, kabidContent(accredited));
        long b0 = indicators(kabidPk).get(0).id();
        assertEquals("agreement.servesOwn", assertThrows(BusinessRuleException.class,
                () -> planning.saveAgreement(kabidPk, version(kabidPk), kabidContent(b0))).getMessageKey());
        planning.submitAgreement(kabidPk, version(kabidPk));
        currentUser.runAs("klaten.kadis");
        planning.approveAgreement(kabidPk, version(kabidPk));
        assertThrows(AccessDeniedException.class, () -> planning.servableIndicators(kabidPk), "only the owner chooses");
        currentUser.runAs("klaten.kabid");
        List<IndicatorView> kabid = indicators(kabidPk);
        long first = kabid.get(0).id();
        long second = kabid.get(1).id();
        assertEquals(accredited, kabid.get(0).servesIndicatorId());
        assertTrue(kabid.get(0).servesLabel().contains(ACCREDITED));
        assertNull(kabid.get(1).servesIndicatorId());

        // the Kabid cascades both indicators to everyone below: drafts are started
        Cascading.MatrixView matrix = cascading.matrix(kabidPk);
        Map<String, String> cells = new LinkedHashMap<>();
        for (Cascading.MatrixRow row : matrix.rows()) {
            cells.put(Cascading.MatrixView.key(row.employeeId(), first), "Pendampingan akreditasi oleh " + row.name());
            cells.put(Cascading.MatrixView.key(row.employeeId(), second), "Laporan rujukan oleh " + row.name());
        }
        cascading.saveMatrix(kabidPk, cells);
        List<Cascading.MatrixRow> rows = cascading.matrix(kabidPk).rows();
        assertTrue(rows.size() > 1, "the staff member has colleagues below the Kabid");
        long staffSkp = rows.stream().filter(r -> r.employeeId() == staffId).findFirst().orElseThrow().skpId();
        long colleagueSkp = rows.stream().filter(r -> r.employeeId() != staffId).findFirst().orElseThrow().skpId();

        // up from the staff member's result: result → the Kabid's indicator → the Kadis's indicator it serves
        currentUser.runAs(staff);
        SkpService.SkpView mine = skps.skp(staffSkp);
        long towardsFirst = mine.results().stream().filter(r -> Long.valueOf(first).equals(r.supportedIndicatorId()))
                .findFirst().orElseThrow().id();
        long towardsSecond = mine.results().stream().filter(r -> Long.valueOf(second).equals(r.supportedIndicatorId()))
                .findFirst().orElseThrow().id();
        List<LineageStep> up = cascading.lineageUp(towardsFirst);
        assertEquals(List.of("RESULT", "INDICATOR", "INDICATOR"), kinds(up), up::toString);
        assertEquals(List.of(towardsFirst, first, accredited), ids(up));
        assertEquals(List.of(kabidPk, kadisPk), up.subList(1, 3).stream().map(LineageStep::agreementId).toList());
        assertTrue(up.stream().allMatch(LineageStep::visible), "the staff member sees their SKP and both agreements");

        // the second indicator serves nothing: marked as not linked, no chain guessed
        List<LineageStep> unlinked = cascading.lineageUp(towardsSecond);
        assertEquals(List.of("RESULT", "INDICATOR", "UNLINKED"), kinds(unlinked), unlinked::toString);
        assertEquals(second, unlinked.get(1).id());
        assertEquals(List.of("INDICATOR", "UNLINKED"), kinds(cascading.lineageAbove(second)));
        assertEquals(List.of(first, accredited), ids(cascading.lineageAbove(first)));
        assertEquals(List.of("INDICATOR"), kinds(cascading.lineageAbove(accredited)),
                "nobody above the Kepala Dinas has an agreement of the year: the top, not 'not linked'");

        // down from the Kadis's indicator: the Kabid's result supporting it, the Kabid's indicator serving it, then
        // the results below that; the Kabid's and the colleagues' drafts are not visible to the staff member,
        // whose own result is
        assertThrows(AccessDeniedException.class, () -> skps.skp(colleagueSkp), "opened directly: refused");
        List<LineageStep> down = cascading.lineageDown(accredited);
        assertEquals(3 + rows.size(), down.size(), down::toString);
        assertEquals(List.of("INDICATOR", "RESULT", "INDICATOR"), kinds(down.subList(0, 3)));
        assertEquals(List.of(accredited, 0L, first), ids(down.subList(0, 3)), "the Kabid's SKP is not the staff's to see");
        assertEquals(List.of(0, 1, 1), down.subList(0, 3).stream().map(LineageStep::depth).toList());
        List<LineageStep> results = down.subList(3, down.size());
        assertTrue(results.stream().allMatch(s -> s.kind().equals("RESULT") && s.depth() == 2));
        assertEquals(List.of(towardsFirst), results.stream().filter(LineageStep::visible).map(LineageStep::id).toList());
        assertTrue(results.stream().filter(s -> !s.visible()).allMatch(s -> s.text() == null && s.ownerName() == null
                && s.skpId() == null && s.id() == 0), "a step not visible shows nothing of its SKP");
        assertEquals(List.of(maternal), ids(cascading.lineageDown(maternal)), "nothing serves the other indicator");

        // the Kabid, who covers everyone below, sees every step
        currentUser.runAs("klaten.kabid");
        assertTrue(cascading.lineageDown(accredited).stream().allMatch(LineageStep::visible));

        // an employee of the Sekretariat reads the Kadis's agreement, not the Kabid's nor the Bidang's SKPs
        currentUser.runAs("klaten.pegawai");
        planning.agreement(kadisPk);
        assertThrows(AccessDeniedException.class, () -> planning.agreement(kabidPk));
        assertThrows(AccessDeniedException.class, () -> cascading.lineageUp(towardsFirst));
        List<LineageStep> outsider = cascading.lineageDown(accredited);
        assertTrue(outsider.get(0).visible());
        assertEquals(ACCREDITED, outsider.get(0).text());
        assertFalse(outsider.subList(1, outsider.size()).stream().anyMatch(LineageStep::visible), outsider::toString);

        // the Kadis amends, the served indicator unchanged: the Kabid's indicator serves its successor
        currentUser.runAs("klaten.kadis");
        long amended = planning.amendAgreement(kadisPk, version(kadisPk), "Perubahan target angka kematian ibu");
        List<IndicatorView> draft = indicators(amended);
        planning.saveAgreement(amended, version(amended), List.of(new AgreementLine(
                "Meningkatnya derajat kesehatan masyarakat", List.of(
                new IndicatorLine(draft.get(0).originId(), "Angka kematian ibu", "80", "per 100.000 kelahiran hidup",
                        null),
                new IndicatorLine(draft.get(1).originId(), ACCREDITED, "60", "%", null)))));
        planning.submitAgreement(amended, version(amended));
        currentUser.runAs("klaten.bupati");
        planning.approveAgreement(amended, version(amended));
        currentUser.runAs("klaten.kabid");
        long successor = indicators(amended).get(1).id();
        assertEquals(successor, indicators(kabidPk).get(0).servesIndicatorId());
        assertEquals(List.of(first, successor), ids(cascading.lineageAbove(first)));
    }
}
