package id.sikerja.it;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.Cascading;
import id.sikerja.application.Dialogues;
import id.sikerja.application.Inbox;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.PlanningService;
import id.sikerja.application.PlanningService.AgreementView;
import id.sikerja.application.SkpService;
import id.sikerja.application.SkpService.SkpView;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.Perspective;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkMode;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.workflow.Actor;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan stage on the real stack: agreements and SKPs through their workflows with scoping,
 * optimistic locking, audit entries and inbox tasks; the matrix; amendments; regional variants.
 * Each test uses its own government (or people) so that the order of tests does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningIT {

    private static final int YEAR = LocalDate.now().getYear();

    /**
     * The demo data carries the current year's plan (PlanningDemoDataIT): every Kepala Dinas and Kepala
     * Bidang login already has an approved agreement for {@link #YEAR}. Tests that write a new agreement
     * for them plan the next year, where nothing exists yet.
     */
    private static final int NEXT_YEAR = YEAR + 1;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(PlanningIT.class, ItSupport.class);
    }

    @Inject
    jakarta.transaction.UserTransaction tx;

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
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private static List<AgreementLine> content(String suffix) {
        return List.of(new AgreementLine("Meningkatnya mutu pelayanan kesehatan " + suffix, List.of(
                new AgreementLine.IndicatorLine(null, "Persentase fasilitas kesehatan terakreditasi " + suffix, "90", "%",
                        WorkMode.TEAM),
                new AgreementLine.IndicatorLine(null, "Indeks kepuasan masyarakat " + suffix, "85", "indeks",
                        WorkMode.INDIVIDUAL))));
    }

    /** The head writes, submits and gets the agreement approved by their superior; returns its id. */
    private long approvedAgreement(String head, String superior, String suffix, int year) {
        currentUser.runAs(head);
        long id = planning.startAgreement(year);
        planning.saveAgreement(id, planning.agreement(id).version(), content(suffix));
        planning.submitAgreement(id, planning.agreement(id).version());
        currentUser.runAs(superior);
        planning.approveAgreement(id, planning.agreement(id).version());
        return id;
    }

    private static WorkResultLine line(String text, Long indicatorId) {
        return new WorkResultLine(ResultCategory.UTAMA, text, null, Aspect.KUANTITAS, null, "Jumlah dokumen", "12",
                "dokumen", indicatorId, null, null, null);
    }

    private long indicatorOf(long agreementId, int index) {
        AgreementView a = planning.agreement(agreementId);
        return a.objectives().get(0).indicators().get(index).id();
    }

    @Test
    void agreementIsSignedByTheSuperiorWithAuditInboxAndScoping() {
        String kabid = "jombang.kabid";
        currentUser.runAs(kabid);
        long id = planning.startAgreement(NEXT_YEAR);
        assertThrows(BusinessRuleException.class, () -> planning.startAgreement(NEXT_YEAR), "one agreement per year");
        assertEquals("agreement.exists", assertThrows(BusinessRuleException.class,
                () -> planning.startAgreement(YEAR)).getMessageKey(), "the demo's approved agreement of this year counts");
        AgreementView draft = planning.agreement(id);
        assertTrue(draft.editable());
        assertThrows(BusinessRuleException.class, () -> planning.submitAgreement(id, draft.version()),
                "an empty agreement is refused");
        planning.saveAgreement(id, draft.version(), content("JB"));
        assertThrows(ConcurrentEditException.class, () -> planning.saveAgreement(id, draft.version(), content("x")),
                "a save based on a stale copy is refused");
        planning.submitAgreement(id, planning.agreement(id).version());

        long kadis = ItSupport.employeeOf(em, "jombang.kadis");
        AgreementView submitted = planning.agreement(id);
        assertEquals(AgreementState.SUBMITTED, submitted.state());
        assertEquals(kadis, submitted.approverId(), "a Kabid's agreement is signed by the Kepala Dinas");
        assertEquals(List.of(kadis), inbox.waitingOn(PlanningService.AGREEMENT, id).stream()
                .map(Inbox.Item::assigneeId).toList());

        // nobody but the named approver decides; another government does not even see it
        assertThrows(AccessDeniedException.class, () -> planning.approveAgreement(id, submitted.version()));
        currentUser.runAs("jombang.pegawai");
        assertThrows(AccessDeniedException.class, () -> planning.agreement(id));
        currentUser.runAs("pasuruan.kadis");
        assertThrows(NotFoundException.class, () -> planning.agreement(id));
        assertThrows(NotFoundException.class, () -> planning.approveAgreement(id, submitted.version()));

        currentUser.runAs("jombang.kadis");
        assertThrows(BusinessRuleException.class, () -> planning.returnAgreement(id, submitted.version(), " "));
        planning.returnAgreement(id, submitted.version(), "Target akreditasi terlalu rendah");
        currentUser.runAs(kabid);
        assertEquals(AgreementState.RETURNED, planning.agreement(id).state());
        assertEquals(List.of(ItSupport.employeeOf(em, kabid)), inbox.waitingOn(PlanningService.AGREEMENT, id).stream()
                .map(Inbox.Item::assigneeId).toList(), "the returned agreement is in the owner's inbox");
        planning.submitAgreement(id, planning.agreement(id).version());
        currentUser.runAs("jombang.kadis");
        planning.approveAgreement(id, planning.agreement(id).version());

        assertEquals(AgreementState.APPROVED, planning.agreement(id).state());
        assertTrue(inbox.waitingOn(PlanningService.AGREEMENT, id).isEmpty());
        assertEquals(List.of("agreement.start", "agreement.submit", "agreement.return", "agreement.submit",
                        "agreement.approve"),
                audit.history(PlanningService.AGREEMENT, id).stream().map(AuditTrail.Entry::action).toList());
    }

    @Test
    void departmentHeadsAgreementIsSignedByTheRegionalHead() {
        currentUser.runAs("jombang.kadis");
        long id = planning.startAgreement(YEAR + 1);
        planning.saveAgreement(id, planning.agreement(id).version(), content("Dinas"));
        planning.submitAgreement(id, planning.agreement(id).version());

        assertEquals(ItSupport.employeeOf(em, "jombang.bupati"), planning.agreement(id).approverId());
    }

    /**
     * KL Pasal 16 ayat (3): the ketua of an established kelompok kerja of the year signs an agreement. A fact of the
     * teams, not the hand-granted TEAM_LEAD role: the granted logins alone are refused.
     */
    @Test
    void leadsOwnAgreementsOnlyWhereThePolicySaysSo() throws Exception {
        currentUser.runAs("jombang.ketua");
        BusinessRuleException jb = assertThrows(BusinessRuleException.class, () -> planning.startAgreement(YEAR));
        assertEquals("agreement.ownerNotEligible", jb.getMessageKey(), "the TEAM_LEAD grant alone makes no ketua");
        currentUser.runAs("jombang.pegawai");
        assertEquals("agreement.ownerNotEligible",
                assertThrows(BusinessRuleException.class, () -> planning.startAgreement(YEAR)).getMessageKey());

        currentUser.runAs("klaten.ketua");
        assertEquals("agreement.ownerNotEligible", assertThrows(BusinessRuleException.class,
                () -> planning.startAgreement(NEXT_YEAR)).getMessageKey(), "granted, but ketua of no group of the year");
        establishKelompokKerjaLedBy("klaten.ketua", NEXT_YEAR);
        long id = planning.startAgreement(NEXT_YEAR);
        assertTrue(planning.agreement(id).editable(), "KL Pasal 16(3): the ketua kelompok kerja signs an agreement");
    }

    /**
     * The fact behind KL Pasal 16(3) for a year: a kelompok kerja of DINKES-YANKES for {@code year}, proposed in the
     * year-end round, forwarded, recommended and decreed with the login's employee as ketua (domain steps, so the
     * test does not depend on today being in the year-end window).
     */
    private void establishKelompokKerjaLedBy(String username, int year) throws Exception {
        long g = ItSupport.governmentId(em, "KLATEN");
        long leadId = ItSupport.employeeOf(em, username);
        long otherId = ItSupport.employeeOf(em, "klaten.pegawai");
        tx.begin();
        try {
            PolicyProfile policy = em.find(PolicyProfile.class, g);
            OrgUnit unit = em.find(OrgUnit.class, ItSupport.unitId(em, "KLATEN", "DINKES-YANKES"));
            Employee lead = em.find(Employee.class, leadId);
            WorkTeam group = WorkTeam.form(policy, unit, "Kelompok Kerja Rujukan " + year, null,
                    WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            em.persist(group);
            LeadNomination n = LeadNomination.propose(policy, group, List.of(lead, em.find(Employee.class, otherId)),
                    NominationOccasion.YEAR_END, "it", LocalDate.of(year - 1, 12, 1));
            n.forward(Set.of(Actor.PERSONNEL_OFFICE));
            n.recommend(Set.of(Actor.REGIONAL_SECRETARY), lead, null, "IT/" + year, LocalDate.of(year - 1, 12, 2),
                    "SEKRETARIS DAERAH", "Sekda", null);
            em.persist(n);
            group.appointRecommendedLead(n);
            group.addTarget(id.sikerja.domain.team.TargetContent.text("Meningkatnya mutu rujukan",
                    "Persentase rujukan tepat waktu", "90%"));
            group.submit(Set.of(Actor.UNIT_HEAD), policy, n);
            group.establish(Set.of(Actor.SIGNER), "IT/SK/" + year, LocalDate.of(year - 1, 12, 20), "KEPALA DINAS",
                    "Kadis", null, null);
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    @Test
    void skpWorkflowWithScopingInboxAuditAndTheUnlinkedRule() {
        // the Kabid's approved agreement of this year comes with the demo data; the SKP is a new colleague's,
        // since the demo people below the Kabid already have theirs
        long kabid = ItSupport.employeeOf(em, "klaten.kabid");
        currentUser.runAs("klaten.kabid");
        long agreement = planning.myAgreements().stream()
                .filter(a -> a.year() == YEAR && a.state() == AgreementState.APPROVED).findFirst().orElseThrow().id();
        String staff = newKlatenYankesStaff();
        currentUser.runAs(staff);
        long id = skps.startMySkp();
        assertEquals(id, skps.startMySkp(), "starting again opens the running SKP");
        SkpView view = skps.skp(id);
        assertEquals(kabid, view.appraiserId(), "the appraiser is derived from the organisation");
        assertEquals(7, view.behaviours().size());
        assertFalse(view.behaviours().get(0).guidance().isBlank());

        // drafted before linking: shown as unlinked, submission refused
        skps.addResult(id, view.version(), line("Tersusunnya laporan akreditasi", null));
        SkpView drafted = skps.skp(id);
        assertFalse(drafted.results().get(0).linked());
        assertEquals("skp.unlinkedMainResults",
                assertThrows(BusinessRuleException.class, () -> skps.submit(id, drafted.version())).getMessageKey());

        long indicator = indicatorOf(agreement, 0);
        assertTrue(skps.linkOptions(id).stream().anyMatch(o -> o.id() == indicator && o.kind().equals("INDICATOR")));
        assertThrows(BusinessRuleException.class, () -> skps.updateResult(id, drafted.version(),
                drafted.results().get(0).id(), line("Tersusunnya laporan akreditasi", 999_999L)), "foreign link");
        skps.updateResult(id, drafted.version(), drafted.results().get(0).id(),
                line("Tersusunnya laporan akreditasi", indicator));
        skps.submit(id, skps.skp(id).version());
        assertEquals(List.of(kabid), inbox.waitingOn(SkpService.SKP, id).stream().map(Inbox.Item::assigneeId).toList());

        // only the SKP's appraiser decides; another government does not see it
        int submitted = skps.skp(id).version();
        assertThrows(AccessDeniedException.class, () -> skps.approve(id, submitted), "the owner cannot approve");
        currentUser.runAs("klaten.kadis");
        assertThrows(AccessDeniedException.class, () -> skps.approve(id, submitted), "not this SKP's appraiser");
        currentUser.runAs("klaten.pegawai");
        assertThrows(AccessDeniedException.class, () -> skps.skp(id));
        currentUser.runAs("jombang.kabid");
        assertThrows(NotFoundException.class, () -> skps.skp(id));
        assertThrows(NotFoundException.class, () -> skps.approve(id, submitted));

        currentUser.runAs("klaten.kabid");
        assertTrue(skps.appraiseeSkps().stream().anyMatch(r -> r.id() == id));
        skps.saveBehaviours(id, submitted, Map.of("AKUNTABEL", "Laporan bulanan tepat waktu"));
        skps.returnForRevision(id, skps.skp(id).version(), "Tambahkan target waktu");
        currentUser.runAs(staff);
        SkpView returned = skps.skp(id);
        assertEquals(SkpState.RETURNED, returned.state());
        assertEquals("Tambahkan target waktu", returned.returnNotes());
        assertEquals(List.of(ItSupport.employeeOf(em, staff)),
                inbox.waitingOn(SkpService.SKP, id).stream().map(Inbox.Item::assigneeId).toList());
        skps.addResult(id, returned.version(), new WorkResultLine(ResultCategory.TAMBAHAN, "Laporan tepat waktu",
                null, Aspect.WAKTU, null, "Ketepatan waktu", "12", "bulan", null, null, null, null));
        skps.submit(id, skps.skp(id).version());
        currentUser.runAs("klaten.kabid");
        skps.approve(id, skps.skp(id).version());

        SkpView approved = skps.skp(id);
        assertEquals(SkpState.APPROVED, approved.state());
        assertEquals("Laporan bulanan tepat waktu", approved.behaviours().get(1).expectation());
        assertTrue(inbox.waitingOn(SkpService.SKP, id).isEmpty());
        assertEquals(List.of("skp.start", "skp.submit", "skp.return", "skp.submit", "skp.approve"),
                audit.history(SkpService.SKP, id).stream().map(AuditTrail.Entry::action).toList());
        currentUser.runAs(staff);
        assertThrows(BusinessRuleException.class, () -> skps.addResult(id, approved.version(), line("x", null)));

        // the document's content is checked with PDFBox in SkpDocumentTest; here: served, in scope only
        byte[] pdf = skps.pdf(id);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        currentUser.runAs("jombang.kabid");
        assertThrows(NotFoundException.class, () -> skps.pdf(id));
    }

    @Test
    void theSecondOfTwoDecisionsOnAStaleCopyIsRefusedAndNothingIsOverwritten() {
        // A JPT SKP needs no link: the Kepala Dinas of Kayong Utara, appraised by the Bupati.
        currentUser.runAs("kayong.kadis");
        long id = skps.startMySkp();
        skps.addResult(id, skps.skp(id).version(), new WorkResultLine(ResultCategory.UTAMA,
                "Meningkatnya derajat kesehatan masyarakat", "Penugasan Bupati", null, Perspective.PENERIMA_LAYANAN,
                "Angka harapan hidup", "72", "tahun", null, null, null, null));
        skps.submit(id, skps.skp(id).version());

        currentUser.runAs("kayong.bupati");
        SkpView firstWindow = skps.skp(id);
        SkpView secondWindow = skps.skp(id);
        assertTrue(firstWindow.callerIsAppraiser());
        skps.returnForRevision(id, firstWindow.version(), "Tambahkan indikator anggaran");

        ConcurrentEditException e = assertThrows(ConcurrentEditException.class,
                () -> skps.approve(id, secondWindow.version()));
        assertEquals("error.conflict", e.getMessageKey());
        SkpView after = skps.skp(id);
        assertEquals(SkpState.RETURNED, after.state(), "the first decision stands");
        assertEquals("Tambahkan indikator anggaran", after.returnNotes());
        assertEquals(List.of("skp.start", "skp.submit", "skp.return"),
                audit.history(SkpService.SKP, id).stream().map(AuditTrail.Entry::action).toList());
    }

    @Test
    void planningDialogueIsRequiredBeforeApprovalInPasuruan() {
        currentUser.runAs("pasuruan.kadis");
        long id = skps.startMySkp();
        skps.addResult(id, skps.skp(id).version(), new WorkResultLine(ResultCategory.UTAMA,
                "Meningkatnya cakupan layanan kesehatan", "Renstra Dinas", null, Perspective.PROSES_BISNIS,
                "Cakupan layanan", "95", "%", null, null, null, null));
        skps.submit(id, skps.skp(id).version());

        currentUser.runAs("pasuruan.walikota");
        SkpView s = skps.skp(id);
        assertTrue(s.planningDialogueRequired());
        assertFalse(s.planningDialogueRecorded());
        assertEquals("skp.planningDialogueRequired",
                assertThrows(BusinessRuleException.class, () -> skps.approve(id, s.version())).getMessageKey());
        assertEquals(SkpState.SUBMITTED, skps.skp(id).state());

        long kadis = ItSupport.employeeOf(em, "pasuruan.kadis");
        long outsider = ItSupport.employeeOf(em, "pasuruan.pegawai");
        assertThrows(BusinessRuleException.class, () -> dialogues.recordDialogue(new Dialogues.DialogueData(
                SkpService.SKP.name(), id, LocalDate.now(), DialogueStage.PLANNING, Set.of(outsider), "x", null, null, null)),
                "only the people of the SKP take part");
        dialogues.recordDialogue(new Dialogues.DialogueData(SkpService.SKP.name(), id, LocalDate.now(),
                DialogueStage.EXECUTION, Set.of(kadis), "Laporan triwulan", null, null, null));
        assertThrows(BusinessRuleException.class, () -> skps.approve(id, skps.skp(id).version()),
                "an execution dialogue does not count");
        dialogues.recordDialogue(new Dialogues.DialogueData(SkpService.SKP.name(), id, LocalDate.now(),
                DialogueStage.PLANNING, Set.of(kadis), "Cakupan layanan naik", "95%", "Anggaran DPA", "Cek bulanan"));
        skps.approve(id, skps.skp(id).version());

        assertEquals(SkpState.APPROVED, skps.skp(id).state());
        assertEquals(2, dialogues.dialogues(SkpService.SKP.name(), id).size());
        currentUser.runAs("pasuruan.kadis");
        assertTrue(dialogues.myDialogues().stream().anyMatch(d -> d.subjectId() == id));
        currentUser.runAs("kayong.bupati");
        assertThrows(NotFoundException.class, () -> dialogues.dialogues(SkpService.SKP.name(), id));
    }

    @Test
    void matrixStartsDraftsShowsCoverageAndAnAmendmentFlagsLinkedResults() {
        long agreement = approvedAgreement("kayong.kabid", "kayong.kadis", "KU", NEXT_YEAR);
        currentUser.runAs("kayong.kabid");
        Cascading.MatrixView matrix = cascading.matrix(agreement);
        assertFalse(matrix.rows().isEmpty(), "the Kabid has people directly below");
        assertEquals(2, matrix.uncovered().size(), "nothing is taken up yet");
        long first = matrix.columns().get(0).indicatorId();
        List<Long> people = matrix.rows().stream().map(Cascading.MatrixRow::employeeId).toList();

        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        people.forEach(p -> cells.put(Cascading.MatrixView.key(p, first), "Akreditasi unit " + p));
        Cascading.MatrixOutcome outcome = cascading.saveMatrix(agreement, cells);
        assertEquals(people.size(), outcome.resultsCreated());
        assertEquals(people.size(), outcome.skpsStarted(), "nobody had an SKP for next year: drafts were started");

        Cascading.MatrixView after = cascading.matrix(agreement);
        assertEquals(1, after.uncovered().size());
        assertEquals("Akreditasi unit " + people.get(0), after.cells().get(Cascading.MatrixView.key(people.get(0), first)));
        assertTrue(after.rows().stream().allMatch(r -> r.skpId() != null && r.skpState() == SkpState.DRAFT));
        List<Cascading.LineageStep> down = cascading.lineageDown(first);
        assertEquals(1 + people.size(), down.size());
        long someResult = down.get(1).id();
        List<Cascading.LineageStep> up = cascading.lineageUp(someResult);
        assertEquals("INDICATOR", up.get(1).kind());
        assertEquals(agreement, up.get(1).agreementId());

        // saving the same matrix again changes nothing
        assertEquals(0, cascading.saveMatrix(agreement, cells).resultsCreated());

        // amendment: the first target changes, the second stays; results of the first are flagged
        long amended = planning.amendAgreement(agreement, planning.agreement(agreement).version(), "Perubahan anggaran");
        AgreementView draft = planning.agreement(amended);
        List<AgreementLine> changed = List.of(new AgreementLine(draft.objectives().get(0).text(), List.of(
                new AgreementLine.IndicatorLine(draft.objectives().get(0).indicators().get(0).originId(),
                        draft.objectives().get(0).indicators().get(0).text(), "95", "%", WorkMode.TEAM),
                new AgreementLine.IndicatorLine(draft.objectives().get(0).indicators().get(1).originId(),
                        draft.objectives().get(0).indicators().get(1).text(), "85", "indeks", WorkMode.INDIVIDUAL))));
        planning.saveAgreement(amended, draft.version(), changed);
        planning.submitAgreement(amended, planning.agreement(amended).version());
        assertEquals(AgreementState.APPROVED, planning.agreement(agreement).state(), "the old revision still holds");
        currentUser.runAs("kayong.kadis");
        planning.approveAgreement(amended, planning.agreement(amended).version());

        assertEquals(AgreementState.SUPERSEDED, planning.agreement(agreement).state());
        Long skpOfFirst = after.rows().get(0).skpId();
        currentUser.runAs("kayong.kabid");
        assertTrue(planning.agreement(agreement).objectives().get(0).indicators().get(0).supporterCount() > 0);
        SkpView flagged = skps.skp(skpOfFirst);
        assertTrue(flagged.results().get(0).needsReview(), "the result of a changed target is flagged");
        assertTrue(inbox.waitingOn(SkpService.SKP, skpOfFirst).stream()
                .anyMatch(t -> t.action().equals("skp.review") && t.assigneeId() == people.get(0)));
    }

    @Test
    void aTransferClosesTheRunningSkpAndStartsANewOneWithTheNewAppraiser() {
        currentUser.runAs("klaten.admin");
        long yankes = ItSupport.unitId(em, "KLATEN", "DINKES-YANKES");
        long umum = ItSupport.unitId(em, "KLATEN", "DINKES-SEKRE-UMUM");
        String code = ItSupport.uniqueCode("IT-");
        long first = administration.createPosition(yankes, "Penata Layanan Operasional " + code,
                id.sikerja.domain.organisation.PositionClass.PELAKSANA, null, false, 1);
        long second = administration.createPosition(umum, "Pengadministrasi Perkantoran " + code,
                id.sikerja.domain.organisation.PositionClass.PELAKSANA, null, false, 1);
        long employee = administration.createEmployee(ItSupport.pns(em, "Pegawai Mutasi Uji", "II/c"));
        LocalDate today = LocalDate.now();
        administration.placeEmployee(employee, version(employee), first, today.minusDays(40), "SK penempatan");
        String username = ItSupport.uniqueUsername("it.mutasi.");
        administration.createAccount(employee, username, "rahasia-mutasi-1");

        currentUser.runAs(username);
        long before = skps.startMySkp();
        Long firstAppraiser = skps.skp(before).appraiserId();

        currentUser.runAs("klaten.admin");
        administration.placeEmployee(employee, version(employee), second, today, "Mutasi ke Subbagian Umum");
        currentUser.runAs(username);
        assertTrue(skps.mySkps().stream().anyMatch(r -> r.id() == before && r.outdated()),
                "the running SKP is shown as outdated");
        long after = skps.startMySkp();

        SkpView closed = skps.skp(before);
        SkpView current = skps.skp(after);
        assertTrue(after != before);
        assertEquals(SkpState.CLOSED, closed.state());
        assertEquals(today.minusDays(1).isBefore(closed.periodStart()) ? closed.periodStart() : today.minusDays(1),
                closed.periodEnd());
        assertEquals(SkpState.DRAFT, current.state());
        assertEquals(today, current.periodStart());
        assertTrue(!java.util.Objects.equals(firstAppraiser, current.appraiserId()), "a new appraiser");
        assertTrue(current.employee().position().startsWith("Pengadministrasi Perkantoran"));
        assertTrue(closed.employee().position().startsWith("Penata Layanan Operasional"), "the old header is kept");
        assertEquals(2, skps.mySkps().size());
        assertEquals(List.of("skp.start", "skp.close"),
                audit.history(SkpService.SKP, before).stream().map(AuditTrail.Entry::action).toList());
    }

    /** A new Pelaksana in Klaten's Bidang Pelayanan Kesehatan, appraised by the Kabid, with a login. */
    private String newKlatenYankesStaff() {
        return ItSupport.newKlatenYankesStaff(currentUser, administration, em);
    }

    private int version(long employee) {
        return ItSupport.employeeVersion(em, employee);
    }

    @Test
    void oversightSeesCountsOthersDoNot() {
        currentUser.runAs("jombang.pengawas");
        List<PlanningService.ProgressRow> rows = planning.progress(YEAR, null);
        assertFalse(rows.isEmpty());
        long dinkes = ItSupport.unitId(em, "JOMBANG", "DINKES");
        Long departmentId = em.createQuery("select u.department.id from OrgUnit u where u.id = :id", Long.class)
                .setParameter("id", dinkes).getSingleResult();
        assertFalse(planning.progress(YEAR, departmentId).isEmpty());
        currentUser.runAs("jombang.kabid");
        assertThrows(AccessDeniedException.class, () -> planning.progress(YEAR, null));
    }
}
