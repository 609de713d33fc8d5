package id.sikerja.it;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.Cascading;
import id.sikerja.application.Dialogues;
import id.sikerja.application.Inbox;
import id.sikerja.application.PlanningService;
import id.sikerja.application.PlanningService.AgreementView;
import id.sikerja.application.PlanningService.IndicatorView;
import id.sikerja.application.SkpService;
import id.sikerja.application.SkpService.SkpRow;
import id.sikerja.application.SkpService.SkpView;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.infrastructure.seed.GovernmentBuilder;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's plan of the current year in each government, read back through the services as the demo
 * logins see it: the Kepala Dinas's agreement signed by the regional head, the Kepala Bidang's
 * agreement signed by the Kepala Dinas and its SKP linked to the Kepala Dinas's indicators, and below
 * the Kabid a mix of SKP states (one waiting for the Kabid, one approved, one drafted by the matrix,
 * some without an SKP). Other tests change none of this: they plan the next year or use new people.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningDemoDataIT {

    private static final int YEAR = LocalDate.now().getYear();

    /** The government whose demo employee DemoAppraiserChainBrowserIT takes through submission and approval. */
    private static final String WALKED_IN_THE_BROWSER = "jombang";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(PlanningDemoDataIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    PlanningService planning;

    @Inject
    Cascading cascading;

    @Inject
    Dialogues dialogues;

    @Inject
    SkpService skps;

    @Inject
    Inbox inbox;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private AgreementView approvedAgreementOfThisYear() {
        List<PlanningService.AgreementRow> rows = planning.myAgreements().stream()
                .filter(a -> a.year() == YEAR).toList();
        assertEquals(1, rows.size(), () -> "one agreement this year: " + rows);
        assertEquals(AgreementState.APPROVED, rows.get(0).state());
        return planning.agreement(rows.get(0).id());
    }

    private static Set<Long> indicatorIds(AgreementView a) {
        return a.objectives().stream().flatMap(o -> o.indicators().stream()).map(IndicatorView::id)
                .collect(Collectors.toSet());
    }

    @Test
    void kayongUtara() {
        governmentCarriesTheCascadedPlanOfThisYear("kayong", "kayong.bupati", false);
    }

    @Test
    void jombang() {
        governmentCarriesTheCascadedPlanOfThisYear("jombang", "jombang.bupati", false);
    }

    @Test
    void klaten() {
        governmentCarriesTheCascadedPlanOfThisYear("klaten", "klaten.bupati", false);
    }

    /** Pasuruan: work mode per target (PS Lampiran I.2) and the planning dialogue before approval (PS A.2). */
    @Test
    void pasuruan() {
        governmentCarriesTheCascadedPlanOfThisYear("pasuruan", "pasuruan.walikota", true);
    }

    /** {@code pasuruanRules}: the government asks for work modes and for a planning dialogue before approval. */
    private void governmentCarriesTheCascadedPlanOfThisYear(String prefix, String regionalHead, boolean pasuruanRules) {
        boolean workModes = pasuruanRules;
        // the Kepala Dinas's agreement, signed by the Bupati/Walikota, with targets and units
        currentUser.runAs(prefix + ".kadis");
        AgreementView kadis = approvedAgreementOfThisYear();
        assertEquals(ItSupport.employeeOf(em, regionalHead), kadis.approverId());
        List<IndicatorView> kadisIndicators = kadis.objectives().stream().flatMap(o -> o.indicators().stream()).toList();
        assertFalse(kadisIndicators.isEmpty());
        for (IndicatorView i : kadisIndicators) {
            assertFalse(i.targetValue().isBlank());
            assertNotNull(i.targetUnit());
            // Pasuruan's policy: each target says whether it is done individually or by a team
            assertEquals(workModes, i.workMode() != null, () -> prefix + ": work mode of " + i.text());
        }
        assertEquals(List.of("agreement.start", "agreement.submit", "agreement.approve"),
                audit.history(PlanningService.AGREEMENT, kadis.id()).stream().map(AuditTrail.Entry::action).toList());

        // the Kepala Bidang's agreement, signed by the Kepala Dinas; its SKP supports the Kadis's indicators
        String kabidLogin = prefix + ".kabid";
        long kabidId = ItSupport.employeeOf(em, kabidLogin);
        currentUser.runAs(kabidLogin);
        AgreementView kabid = approvedAgreementOfThisYear();
        assertEquals(ItSupport.employeeOf(em, prefix + ".kadis"), kabid.approverId());
        SkpRow own = skps.mySkps().stream().filter(r -> r.year() == YEAR).findFirst().orElseThrow();
        assertEquals(SkpState.APPROVED, own.state());
        SkpView ownSkp = skps.skp(own.id());
        assertFalse(ownSkp.results().isEmpty());
        Set<Long> kadisIds = indicatorIds(kadis);
        assertTrue(ownSkp.results().stream().allMatch(r -> kadisIds.contains(r.supportedIndicatorId())),
                "every result of the Kabid's SKP supports an indicator of the Kadis's agreement");
        assertEquals(workModes, dialogues.dialogues(SkpService.SKP.name(), own.id()).stream()
                .anyMatch(d -> d.stage() == DialogueStage.PLANNING), "the planning dialogue where the policy asks");

        // the Kabid's approval list and inbox hold the SKP waiting for them
        List<SkpRow> appraisees = skps.appraiseeSkps().stream().filter(r -> r.year() == YEAR).toList();
        SkpRow submitted = appraisees.stream().filter(r -> r.state() == SkpState.SUBMITTED).findFirst()
                .orElseThrow(() -> new AssertionError("a submitted SKP in the Kabid's approval list: " + appraisees));
        assertTrue(inbox.mine().stream().anyMatch(t -> t.subjectType().equals(SkpService.SKP)
                && t.subjectId() == submitted.id() && t.action().equals("skp.approve")), "in the Kabid's inbox");
        assertTrue(skps.skp(submitted.id()).callerIsAppraiser());
        assertEquals(List.of("skp.start", "skp.submit"),
                audit.history(SkpService.SKP, submitted.id()).stream().map(AuditTrail.Entry::action).toList());
        Cascading.MatrixView matrix = cascading.matrix(kabid.id());
        assertTrue(matrix.rows().stream().anyMatch(r -> Long.valueOf(submitted.id()).equals(r.skpId())));
        assertFalse(matrix.cells().isEmpty(), "the results below show in the Kabid's matrix");

        // across the Bidang (the demo people of the Kabid's subtree): approved and draft SKPs, and people
        // without one (coverage and progress show gaps)
        Object[] kabidUnit = em.createQuery("select p.position.unit.path, p.position.unit.government.id "
                + "from Placement p where p.endDate is null and p.employee.id = :e", Object[].class)
                .setParameter("e", kabidId).getSingleResult();
        String path = (String) kabidUnit[0];
        long government = (Long) kabidUnit[1];
        List<Object[]> below = em.createQuery("select s.id, s.state from Skp s where s.year = :y "
                        + "and s.employeeId <> :kabid and s.unitId in (select u.id from OrgUnit u where u.path like :path "
                        + "and u.government.id = :g) "
                        + "and s.employeeId in (select p.employee.id from Placement p where p.startDate = :seeded)",
                        Object[].class).setParameter("y", YEAR).setParameter("kabid", kabidId)
                .setParameter("path", path + "%").setParameter("g", government)
                .setParameter("seeded", GovernmentBuilder.STRUCTURE_DATE)
                .getResultList();
        List<Long> approvedIds = below.stream().filter(r -> r[1] == SkpState.APPROVED).map(r -> (Long) r[0]).toList();
        List<Long> draftIds = below.stream().filter(r -> r[1] == SkpState.DRAFT).map(r -> (Long) r[0]).toList();
        assertEquals(1, approvedIds.size(), () -> prefix + ": " + below.size() + " SKPs below the Kabid");
        assertEquals(1, draftIds.size());
        long approved = approvedIds.get(0);
        assertEquals(pasuruanRules ? List.of("skp.start", "skp.submit", "dialogue.record", "skp.approve")
                        : List.of("skp.start", "skp.submit", "skp.approve"),
                audit.history(SkpService.SKP, approved).stream().map(AuditTrail.Entry::action).toList());
        assertEquals(pasuruanRules, skps.skp(approved).planningDialogueRecorded());
        SkpView draft = skps.skp(draftIds.get(0));
        assertFalse(draft.results().isEmpty());
        assertTrue(draft.results().stream().allMatch(SkpService.ResultView::linked),
                "the draft's results are linked to a superior's indicator or result");
        long people = em.createQuery("select count(p) from Placement p where p.endDate is null "
                + "and p.position.unit.path like :path and p.position.unit.government.id = :g", Long.class)
                .setParameter("path", path + "%").setParameter("g", government).getSingleResult();
        assertTrue(people > 1 + below.size(), () -> prefix + ": some people of the Bidang have no SKP yet");

        // lineage: from a staff result through the Kabid's agreement up to the Kadis's
        long staffResult = skps.skp(submitted.id()).results().get(0).id();
        List<Cascading.LineageStep> up = cascading.lineageUp(staffResult);
        List<Long> agreements = up.stream().filter(s -> s.kind().equals("INDICATOR"))
                .map(Cascading.LineageStep::agreementId).toList();
        assertEquals(List.of(kabid.id(), kadis.id()), agreements, up::toString);

        // the demo employee has a draft to continue (Jombang's is taken through the cycle by
        // DemoAppraiserChainBrowserIT, which may have run first)
        currentUser.runAs(prefix + ".pegawai");
        SkpRow mine = skps.mySkps().stream().filter(r -> r.year() == YEAR).findFirst().orElseThrow();
        SkpView continued = skps.skp(mine.id());
        if (!prefix.equals(WALKED_IN_THE_BROWSER)) {
            assertEquals(SkpState.DRAFT, mine.state());
            assertTrue(continued.editable(), "the employee can continue their draft");
        }
        assertEquals(ItSupport.employeeOf(em, prefix + ".pegawai"), continued.employeeId());
        assertFalse(continued.results().isEmpty());
        assertEquals("skp.start", audit.history(SkpService.SKP, mine.id()).get(0).action());
    }

    @Test
    void everyDemoEmployeesAppraiserChainHasAPlanToLinkToAndALogin() {
        for (String prefix : List.of("kayong", "jombang", "klaten", "pasuruan")) {
            for (String login : List.of(prefix + ".pegawai", prefix + ".ketua")) {
                appraiserChainCanBeTried(login);
            }
        }
    }

    /**
     * "RHK pimpinan yang diintervensi" offers the plan of the login's superiors (appraiser, unit head), and
     * the appraiser signs in with a demo login of the seed whose own SKP of the year is approved.
     */
    private void appraiserChainCanBeTried(String login) {
        currentUser.runAs(login);
        SkpRow mine = skps.mySkps().stream().filter(r -> r.year() == YEAR).findFirst()
                .orElseThrow(() -> new AssertionError(login + " has an SKP of the year"));
        SkpView view = skps.skp(mine.id());
        assertNotNull(view.appraiserId(), login);
        List<SkpService.LinkOption> options = skps.linkOptions(mine.id());
        assertFalse(options.isEmpty(), () -> login + ": \"RHK pimpinan yang diintervensi\" offers nothing");

        List<String> appraiserLogins = em.createQuery("select a.username from UserAccount a "
                + "where a.employee.id = :e and a.username not like 'it.%'", String.class)
                .setParameter("e", view.appraiserId()).getResultList();
        assertEquals(1, appraiserLogins.size(), () -> login + "'s appraiser has a demo login: " + appraiserLogins);
        String appraiser = appraiserLogins.get(0);
        currentUser.runAs(appraiser);
        SkpRow own = skps.mySkps().stream().filter(r -> r.year() == YEAR).findFirst()
                .orElseThrow(() -> new AssertionError(appraiser + " has an SKP of the year"));
        assertTrue(own.state() == SkpState.APPROVED || own.state() == SkpState.SUBMITTED,
                () -> appraiser + "'s SKP: " + own.state());
        String appraiserName = own.employeeName();
        assertTrue(options.stream().anyMatch(o -> o.ownerName().equals(appraiserName)),
                () -> login + " links to what " + appraiser + " planned: " + options);
    }
}
