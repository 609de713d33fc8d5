package id.sikerja.it;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.Inbox;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.TeamTargets;
import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.application.WorkTeams.TeamView;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.WorkTeamState;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work teams on the real stack with the Klaten demo data: who may change and see a team, optimistic locking,
 * the KL Pasal 14 nomination through the Sekda to the signed decree (audit, inbox, PDF), and KL Pasal 27.
 */
@ExtendWith(ArquillianExtension.class)
class WorkTeamIT {

    private static final String KABID = "klaten.kabid";   // head of DINKES-YANKES
    private static final String KADIS = "klaten.kadis";   // head of DINKES
    private static final String SEKDA = "klaten.sekda";
    private static final String PEGAWAI = "klaten.pegawai";
    private static final String ADMIN = "klaten.admin";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(WorkTeamIT.class, ItSupport.class, KlatenTeams.class)
                .addAsLibraries(jarOf(Loader.class), jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.fontbox.FontBoxFont.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    WorkTeams teams;

    @Inject
    TeamTargets targets;

    /** A text-only team target, as the team page adds one. */
    private long addTarget(long teamId, int version, String objective, String indicator, String target) {
        return targets.addTarget(teamId, version, new TeamTargets.TargetData(objective, indicator, target, null, null,
                null));
    }

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private long unit(String code) {
        return ItSupport.unitId(em, "KLATEN", code);
    }

    /** Someone holding a position with this title in this unit today. */
    private long holder(String unitCode, String title, int index) {
        return em.createQuery("select p.employee.id from Placement p where p.government.code = 'KLATEN' "
                        + "and p.position.unit.code = :u and p.position.title = :t and p.startDate <= :d "
                        + "and (p.endDate is null or p.endDate >= :d) order by p.employee.id", Long.class)
                .setParameter("u", unitCode).setParameter("t", title).setParameter("d", LocalDate.now())
                .getResultList().get(index);
    }

    private long adHocTeam(String name) {
        currentUser.runAs(KABID);
        return teams.form(new TeamData(name, "Uji", WorkTeamKind.TIM_AD_HOC, unit("DINKES-YANKES"),
                LocalDate.now(), LocalDate.now().plusMonths(3)));
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** A login for the head of another field of the same department. */
    private String otherFieldHead() {
        currentUser.runAs(ADMIN);
        long head = ItSupport.headOf(em, "KLATEN", "DINKES-P2P");
        String username = ItSupport.uniqueUsername("it.kabid.p2p.");
        administration.createAccount(head, username, "rahasia-kabid-p2p");
        return username;
    }

    @Test
    void onlyHeadsAboveTheOwnerUnitChangeATeamAndAnotherGovernmentDoesNotFindIt() {
        long id = adHocTeam("Tim Uji Kewenangan");
        currentUser.runAs(KABID);
        int version = teams.team(id).version();
        long staff = holder("DINKES-YANKES", "Penata Layanan Operasional", 0);

        String otherHead = otherFieldHead();
        currentUser.runAs(otherHead);
        assertThrows(AccessDeniedException.class, () -> addTarget(id, version, "S", "I", "1"));
        assertThrows(AccessDeniedException.class, () -> teams.addMember(id, version, staff, TeamRole.MEMBER, null));
        assertThrows(AccessDeniedException.class, () -> teams.team(id));
        assertTrue(teams.visible().stream().noneMatch(t -> t.id() == id));
        assertThrows(AccessDeniedException.class, () -> teams.form(new TeamData("Tim Liar", null,
                WorkTeamKind.TIM_AD_HOC, unit("DINKES-YANKES"), LocalDate.now(), LocalDate.now().plusMonths(3))));

        currentUser.runAs(PEGAWAI);
        assertThrows(AccessDeniedException.class, () -> teams.team(id));
        assertThrows(AccessDeniedException.class, () -> teams.submit(id, version));

        currentUser.runAs("jombang.kabid");
        assertThrows(NotFoundException.class, () -> teams.team(id));
        assertThrows(NotFoundException.class, () -> addTarget(id, version, "S", "I", "1"));
        assertThrows(NotFoundException.class, () -> teams.decree(id));

        currentUser.runAs(KADIS);
        addTarget(id, version, "Sasaran dari kadis", "Indikator", "1 dokumen");
        currentUser.runAs(KABID);
        TeamView now = teams.team(id);
        assertEquals(1, now.targets().size(), "nothing of the refused calls was written");
        assertTrue(now.members().isEmpty());

        // The staff member added becomes able to see the team (and only see it).
        teams.addMember(id, now.version(), staff, TeamRole.MEMBER, "Administrasi");
        String staffLogin = null;
        currentUser.runAs(ADMIN);
        staffLogin = ItSupport.uniqueUsername("it.staf.");
        administration.createAccount(staff, staffLogin, "rahasia-staf-1");
        currentUser.runAs(staffLogin);
        assertEquals("Tim Uji Kewenangan", teams.team(id).name());
        assertTrue(teams.mine().stream().anyMatch(t -> t.id() == id));
        int v = teams.team(id).version();
        assertThrows(AccessDeniedException.class, () -> addTarget(id, v, "S", "I", "1"));
    }

    @Test
    void twoHeadsEditingOneTeamTheSecondOnAStaleVersionIsRefused() {
        long id = adHocTeam("Tim Uji Rebutan");
        long staff = holder("DINKES-YANKES", "Penata Layanan Operasional", 0);
        currentUser.runAs(KABID);
        int seenByKabid = teams.team(id).version();
        currentUser.runAs(KADIS);
        int seenByKadis = teams.team(id).version();
        assertEquals(seenByKabid, seenByKadis);

        currentUser.runAs(KABID);
        addTarget(id, seenByKabid, "Sasaran kabid", "Indikator kabid", "3 laporan");
        currentUser.runAs(KADIS);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> teams.addMember(id, seenByKadis, staff, TeamRole.MEMBER, "Tugas kadis"));
        assertEquals("error.conflict", conflict.getMessageKey());
        assertThrows(ConcurrentEditException.class, () -> teams.update(id, seenByKadis,
                new TeamData("Nama Basi", null, WorkTeamKind.TIM_AD_HOC, unit("DINKES-YANKES"), LocalDate.now(),
                        LocalDate.now().plusMonths(3))));

        TeamView now = teams.team(id);
        assertEquals("Tim Uji Rebutan", now.name());
        assertEquals(List.of("Sasaran kabid"), now.targets().stream().map(WorkTeams.TargetView::objective).toList());
        assertTrue(now.members().isEmpty());
        teams.addMember(id, now.version(), staff, TeamRole.MEMBER, "Tugas kadis");
        assertEquals(1, teams.team(id).members().size(), "after reloading, the change applies");
    }

    @Test
    void aKelompokKerjaLeadIsNominatedRecommendedAndAppointedByDecreeAndLeadsNoSecondGroup() throws Exception {
        long epidemiolog = holder("DINKES-P2P", "Epidemiolog Kesehatan Ahli Muda", 0);
        long sanitarian = holder("DINKES-P2P", "Tenaga Sanitasi Lingkungan Terampil", 0);
        long dataClerk = holder("DINKES-P2P", "Pengolah Data dan Informasi", 0);
        LocalDate start = LocalDate.now();
        LocalDate end = LocalDate.of(start.getYear(), 12, 31);

        currentUser.runAs(KADIS);
        long id = teams.form(new TeamData("Kelompok Kerja Surveilans", "Deteksi dini penyakit menular",
                WorkTeamKind.KELOMPOK_KERJA, unit("DINKES-P2P"), start, end));
        int v = teams.team(id).version();
        BusinessRuleException direct = assertThrows(BusinessRuleException.class,
                () -> teams.addMember(id, v, epidemiolog, TeamRole.LEAD, null));
        assertEquals("team.leadByNomination", direct.getMessageKey());
        teams.addMember(id, v, dataClerk, TeamRole.MEMBER, "Mengolah data surveilans");
        addTarget(id, teams.team(id).version(), "Terdeteksinya kasus penyakit menular secara dini",
                "Persentase laporan surveilans tepat waktu", "95%");
        BusinessRuleException one = assertThrows(BusinessRuleException.class, () -> teams.nominate(id,
                teams.team(id).version(), List.of(epidemiolog), NominationOccasion.VACANCY));
        assertEquals("team.nominationTooFewCandidates", one.getMessageKey());

        long first = teams.nominate(id, teams.team(id).version(), List.of(epidemiolog, sanitarian),
                NominationOccasion.VACANCY);

        // KL Pasal 14 ayat (1) huruf a: through the personnel office (BKPSDM), which forwards it from its inbox.
        currentUser.runAs(SEKDA);
        assertEquals("team.nominationNotPending", assertThrows(BusinessRuleException.class,
                () -> teams.recommend(first, 0, epidemiolog, null)).getMessageKey(), "not forwarded yet");
        assertTrue(teams.secretaryDesk().nominations().stream().noneMatch(n -> n.id() == first));
        currentUser.runAs(KABID);
        assertThrows(AccessDeniedException.class, () -> teams.forwardNomination(first, 0));
        currentUser.runAs(ADMIN);
        assertTrue(inbox.mine().stream().anyMatch(i -> i.subjectType() == SubjectType.NOMINATION && i.subjectId() == first
                && i.action().equals("team.forwardNomination")));
        assertTrue(teams.team(id).canForwardNomination());
        teams.forwardNomination(first, 0);
        assertTrue(inbox.mine().stream().noneMatch(i -> i.subjectId() == first && i.subjectType() == SubjectType.NOMINATION));

        // Nobody but the Sekda answers now; the Sekda finds it in the inbox.
        currentUser.runAs(KABID);
        assertThrows(AccessDeniedException.class, () -> teams.returnNomination(first, 1, "bukan saya"));
        currentUser.runAs(ADMIN);
        assertThrows(AccessDeniedException.class, () -> teams.recommend(first, 1, epidemiolog, null));
        currentUser.runAs(SEKDA);
        assertTrue(inbox.mine().stream().anyMatch(i -> i.subjectType() == SubjectType.NOMINATION && i.subjectId() == first
                && i.action().equals("team.recommend")));
        assertEquals(1, teams.secretaryDesk().nominations().stream().filter(n -> n.id() == first).count());
        teams.returnNomination(first, 1, "Lengkapi dengan calon JF keahlian");
        assertTrue(inbox.mine().stream().noneMatch(i -> i.subjectId() == first && i.subjectType() == SubjectType.NOMINATION));

        currentUser.runAs(KADIS);
        long second = teams.nominate(id, teams.team(id).version(), List.of(epidemiolog, sanitarian),
                NominationOccasion.VACANCY);
        currentUser.runAs(ADMIN);
        teams.forwardNomination(second, 0);
        currentUser.runAs(SEKDA);
        BusinessRuleException notCandidate = assertThrows(BusinessRuleException.class,
                () -> teams.recommend(second, 1, dataClerk, null));
        assertEquals("team.notACandidate", notCandidate.getMessageKey());
        teams.recommend(second, 1, epidemiolog, "Kompeten");

        // KL Pasal 14 ayat (1) huruf c: the Sekda's decision is a numbered Keputusan, kept as issued.
        WorkTeams.NominationView decided = teams.team(id).nominations().stream().filter(n -> n.id() == second)
                .findFirst().orElseThrow();
        assertNotNull(decided.decisionNumber());
        assertTrue(decided.decisionNumber().startsWith("800.1/"), decided.decisionNumber());
        String decisionText = text(teams.nominationDecision(second).pdf());
        for (String expected : List.of("KEPUTUSAN SEKRETARIS DAERAH", decided.decisionNumber(), "Merekomendasikan",
                "Kelompok Kerja Surveilans", "melalui Perangkat Daerah yang membidangi kepegawaian")) {
            assertTrue(decisionText.contains(expected), () -> "decision lacks \"" + expected + "\": " + decisionText);
        }
        assertThrows(NotFoundException.class, () -> teams.nominationDecision(first), "a returned proposal has none");

        currentUser.runAs(KADIS);
        TeamView recommended = teams.team(id);
        assertEquals(TeamRole.LEAD, recommended.members().stream().filter(m -> m.employeeId() == epidemiolog)
                .findFirst().orElseThrow().role());
        currentUser.runAs(KABID);
        assertThrows(AccessDeniedException.class, () -> teams.submit(id, recommended.version()),
                "the head of another field may not submit this team");
        currentUser.runAs(KADIS);
        teams.submit(id, recommended.version());
        assertTrue(inbox.mine().stream().anyMatch(i -> i.subjectId() == id && i.action().equals("team.sign")));
        String number = teams.sign(id, teams.team(id).version());
        assertTrue(number.contains("/"), number);
        assertTrue(inbox.mine().stream().noneMatch(i -> i.subjectId() == id && i.subjectType() == SubjectType.TEAM));

        TeamView established = teams.team(id);
        assertEquals(WorkTeamState.ESTABLISHED, established.state());
        assertEquals(number, established.decreeNumber());
        List<String> steps = audit.history(SubjectType.TEAM, id).stream().map(AuditTrail.Entry::action).toList();
        assertEquals(List.of("team.form", "team.addMember", "team.nominate", "team.forwardNomination",
                "team.returnNomination", "team.nominate", "team.forwardNomination", "team.recommend", "team.submit",
                "team.sign"), steps);
        assertEquals("Lengkapi dengan calon JF keahlian", audit.history(SubjectType.NOMINATION, first).get(2).reason());

        // The decree reads back with its annex rows (PS Lampiran III).
        WorkTeams.Decree decree = teams.decree(id);
        String text = text(decree.pdf());
        String leadName = established.members().stream().filter(m -> m.role() == TeamRole.LEAD).findFirst()
                .orElseThrow().name();
        String clerkName = established.members().stream().filter(m -> m.employeeId() == dataClerk).findFirst()
                .orElseThrow().name();
        for (String expected : List.of("KEPUTUSAN KEPALA DINAS KESEHATAN", number, "Menimbang", "Mengingat",
                "MEMUTUSKAN", "SUSUNAN TIM KERJA", "NAMA/NIP", "INDIKATOR KINERJA", "KETUA TIM", "ANGGOTA TIM",
                leadName, clerkName, "Mengolah data surveilans", "Persentase laporan surveilans tepat waktu")) {
            assertTrue(text.contains(expected), () -> "decree lacks \"" + expected + "\": " + text);
        }

        // KL Pasal 27: the ketua cannot lead a second kelompok kerja, but may be a member of it.
        long other = teams.form(new TeamData("Kelompok Kerja Imunisasi", null, WorkTeamKind.KELOMPOK_KERJA,
                unit("DINKES-P2P"), start, end));
        BusinessRuleException twice = assertThrows(BusinessRuleException.class, () -> teams.nominate(other,
                teams.team(other).version(), List.of(epidemiolog, sanitarian), NominationOccasion.VACANCY));
        assertEquals("team.oneGroupPerLead", twice.getMessageKey());
        assertTrue(teams.team(other).nominations().isEmpty());
        teams.addMember(other, teams.team(other).version(), epidemiolog, TeamRole.MEMBER, "Anggota");
        assertEquals(1, teams.team(other).members().size());

        // Once the first group has ended, the same person may lead another.
        teams.end(id, teams.team(id).version());
        assertNotNull(teams.nominate(other, teams.team(other).version(), List.of(epidemiolog, sanitarian),
                NominationOccasion.VACANCY));
        assertFalse(teams.team(other).nominations().isEmpty());
    }

    /**
     * KL Pasal 14 ayat (1) huruf b: the ketua of an established group left; the head takes him off through a member
     * change, the vacant seat is filled by a nomination through the BKPSDM and the Sekda, and the change is set by a
     * new numbered amending decree; the decree it amends stays as issued.
     */
    @Test
    void aVacancyInAnEstablishedGroupIsFilledByAnAmendingDecreeAndTheOldDecreeStaysAsIssued() throws Exception {
        long leaver = holder("DINKES-P2P", "Epidemiolog Kesehatan Ahli Muda", 0);
        long sanitarian = holder("DINKES-P2P", "Tenaga Sanitasi Lingkungan Terampil", 0);
        long clerk = holder("DINKES-P2P", "Pengolah Data dan Informasi", 0);
        String name = "Kelompok Kerja Vektor " + System.nanoTime() % 100000;
        long id = KlatenTeams.establishedGroup(teams, currentUser, em, "DINKES-P2P", name, leaver, sanitarian);
        currentUser.runAs(KADIS);
        TeamView established = teams.team(id);
        assertEquals(1, established.decrees().size(), "the establishing decree is kept");
        WorkTeams.DecreeView original = established.decrees().get(0);
        assertEquals(established.decreeNumber(), original.number());
        byte[] originalPdf = teams.issuedDecree(id, original.id()).pdf();

        // members do not change under a decree in force; the vacancy is not there while the ketua holds the seat
        assertEquals("team.wrongState", assertThrows(BusinessRuleException.class, () -> teams.addMember(id,
                established.version(), clerk, TeamRole.MEMBER, null)).getMessageKey());
        assertEquals("team.amendToFillVacancy", assertThrows(BusinessRuleException.class, () -> teams.nominate(id,
                established.version(), List.of(sanitarian, clerk), NominationOccasion.VACANCY)).getMessageKey());
        currentUser.runAs(PEGAWAI);
        assertThrows(AccessDeniedException.class, () -> teams.amend(id, established.version()));

        currentUser.runAs(KADIS);
        teams.amend(id, established.version());
        TeamView amending = teams.team(id);
        assertEquals(WorkTeamState.AMENDING, amending.state());
        assertEquals("team.vacancyNotVacant", assertThrows(BusinessRuleException.class, () -> teams.nominate(id,
                amending.version(), List.of(sanitarian, clerk), NominationOccasion.VACANCY)).getMessageKey());
        long leaverRow = amending.members().stream().filter(m -> m.employeeId() == leaver).findFirst().orElseThrow().id();
        teams.removeMember(id, amending.version(), leaverRow);
        assertEquals("team.leadRequired", assertThrows(BusinessRuleException.class,
                () -> teams.submit(id, teams.team(id).version())).getMessageKey());
        teams.addMember(id, teams.team(id).version(), clerk, TeamRole.MEMBER, "Mengolah data vektor");
        long nomination = teams.nominate(id, teams.team(id).version(), List.of(sanitarian, clerk),
                NominationOccasion.VACANCY);
        currentUser.runAs(ADMIN);
        teams.forwardNomination(nomination, KlatenTeams.version(teams, id, nomination));
        currentUser.runAs(SEKDA);
        teams.recommend(nomination, KlatenTeams.version(teams, id, nomination), clerk, null);

        currentUser.runAs(KADIS);
        long p2pHead = ItSupport.headOf(em, "KLATEN", "DINKES-P2P");
        assertTrue(inbox.waitingOn(SubjectType.TEAM, id).stream().anyMatch(i -> i.assigneeId() == p2pHead
                && i.action().equals("team.submitAmendment")), "the owner unit's head submits the amending decree");
        teams.submit(id, teams.team(id).version());
        assertEquals(WorkTeamState.AMENDMENT_SUBMITTED, teams.team(id).state());
        assertTrue(inbox.mine().stream().anyMatch(i -> i.subjectId() == id && i.action().equals("team.signAmendment")));
        String draft = text(teams.decree(id).pdf());
        assertTrue(draft.contains("PERUBAHAN ATAS KEPUTUSAN") && draft.contains(original.number()), draft);
        teams.returnToDraft(id, teams.team(id).version(), "Tugas ketua baru belum ditulis");
        assertEquals(WorkTeamState.AMENDING, teams.team(id).state());
        teams.submit(id, teams.team(id).version());
        String number = teams.sign(id, teams.team(id).version());

        TeamView amended = teams.team(id);
        assertEquals(WorkTeamState.ESTABLISHED, amended.state());
        assertEquals(original.number(), amended.decreeNumber(), "the establishing decree keeps its number");
        assertEquals(2, amended.decrees().size());
        WorkTeams.DecreeView amendment = amended.decrees().get(1);
        assertEquals(number, amendment.number());
        assertEquals(original.number(), amendment.amendsNumber());
        assertNotEquals(original.number(), number, "an amendment is a newly numbered decree");
        assertEquals(clerk, amended.members().stream().filter(m -> m.role() == TeamRole.LEAD).findFirst().orElseThrow()
                .employeeId());

        String leaverName = established.members().stream().filter(m -> m.employeeId() == leaver).findFirst()
                .orElseThrow().name();
        String clerkName = amended.members().stream().filter(m -> m.employeeId() == clerk).findFirst().orElseThrow()
                .name();
        assertArrayEquals(originalPdf, teams.issuedDecree(id, original.id()).pdf(), "the old decree is unchanged");
        assertTrue(text(originalPdf).contains(leaverName));
        String amendingText = text(teams.issuedDecree(id, amendment.id()).pdf());
        for (String expected : List.of(number, "PERUBAHAN ATAS KEPUTUSAN", original.number(), "Mengubah lampiran",
                clerkName)) {
            assertTrue(amendingText.contains(expected), () -> "amending decree lacks \"" + expected + "\"");
        }
        assertFalse(amendingText.contains(leaverName), "the ketua who left is not in the new composition");
        List<String> steps = audit.history(SubjectType.TEAM, id).stream().map(AuditTrail.Entry::action).toList();
        assertEquals(List.of("team.amend", "team.removeMember", "team.addMember", "team.nominate",
                        "team.forwardNomination", "team.recommend", "team.submitAmendment", "team.returnAmendment",
                        "team.submitAmendment", "team.signAmendment"),
                steps.subList(steps.indexOf("team.amend"), steps.size()));

        // the other government does not find the decree
        currentUser.runAs("jombang.kadis");
        assertThrows(NotFoundException.class, () -> teams.issuedDecree(id, amendment.id()));
    }

    /** KL Pasal 1 angka 24: a kelompok kerja's decree by the department head or the head of the unit, chosen as data. */
    @Test
    void theHeadChoosesTheSignerOfAKelompokKerjaDecreeWithinThePolicy() {
        currentUser.runAs(KABID);
        LocalDate today = LocalDate.now();
        long id = teams.form(new TeamData("Kelompok Kerja Mutu " + System.nanoTime() % 100000, null,
                WorkTeamKind.KELOMPOK_KERJA, unit("DINKES-YANKES"), today, LocalDate.of(today.getYear(), 12, 31)));
        TeamView draft = teams.team(id);
        assertEquals(List.of(DecreeSigner.DEPARTMENT_HEAD, DecreeSigner.OWNER_UNIT_HEAD), draft.signerChoices());
        assertEquals(DecreeSigner.DEPARTMENT_HEAD, draft.decreeSigner());
        assertFalse(draft.canSign());
        teams.chooseDecreeSigner(id, draft.version(), DecreeSigner.OWNER_UNIT_HEAD);
        TeamView chosen = teams.team(id);
        assertEquals(DecreeSigner.OWNER_UNIT_HEAD, chosen.decreeSigner());
        assertTrue(chosen.canSign(), "the Kepala Bidang heads the owner unit and now signs");
        currentUser.runAs(KADIS);
        assertFalse(teams.team(id).canSign());

        long adHoc = adHocTeam("Tim Ad Hoc Signer " + System.nanoTime() % 100000);
        assertEquals("team.signerNotAllowed", assertThrows(BusinessRuleException.class, () -> teams.chooseDecreeSigner(
                adHoc, teams.team(adHoc).version(), DecreeSigner.DEPARTMENT_HEAD)).getMessageKey());
        assertEquals(DecreeSigner.OWNER_UNIT_HEAD, teams.team(adHoc).decreeSigner());
    }

    /**
     * KL Pasal 14 ayat (1) huruf b and Pasal 27: at year end the ketua of this year's group is proposed for next
     * year's; the group of this year does not block him (a different budget year); next year's group is not a vacancy.
     */
    @Test
    void theYearEndRoundProposesNextYearsGroupAndThisYearsKetuaMayLeadIt() {
        long ketua = holder("DINKES-YANKES", "Administrator Kesehatan Ahli Madya", 0);
        long other = holder("DINKES-YANKES", "Administrator Kesehatan Ahli Pertama", 0);
        KlatenTeams.establishedGroup(teams, currentUser, em, "DINKES-YANKES", "Kelompok Kerja Gizi "
                + System.nanoTime() % 100000, ketua, other);
        currentUser.runAs(KADIS);
        int next = LocalDate.now().getYear() + 1;
        long nextYears = teams.form(new TeamData("Kelompok Kerja Gizi " + next, null, WorkTeamKind.KELOMPOK_KERJA,
                unit("DINKES-YANKES"), LocalDate.of(next, 1, 1), LocalDate.of(next, 12, 31)));
        int v = teams.team(nextYears).version();
        assertEquals("team.vacancyNotForNextYear", assertThrows(BusinessRuleException.class, () -> teams.nominate(
                nextYears, v, List.of(ketua, other), NominationOccasion.VACANCY)).getMessageKey());
        if (LocalDate.now().getMonthValue() >= 10) {
            long n = teams.nominate(nextYears, v, List.of(ketua, other), NominationOccasion.YEAR_END);
            assertEquals(NominationOccasion.YEAR_END, teams.team(nextYears).nominations().stream()
                    .filter(x -> x.id() == n).findFirst().orElseThrow().occasion());
        } else {
            assertEquals("team.yearEndNotYet", assertThrows(BusinessRuleException.class, () -> teams.nominate(
                    nextYears, v, List.of(ketua, other), NominationOccasion.YEAR_END)).getMessageKey());
        }
    }

    /** Jombang's variant: JB Pasal 21c suggestion, and JB Pasal 22 technical roles appointed with the Sekda's approval. */
    @Test
    void jombangRanksLeadCandidatesAndTechnicalRolesWaitForTheSekda() {
        long yankes = ItSupport.unitId(em, "JOMBANG", "DINKES-YANKES");
        long expertJf = em.createQuery("select p.employee.id from Placement p where p.government.code = 'JOMBANG' "
                        + "and p.position.unit.code = 'DINKES-YANKES' and p.position.positionClass = :c "
                        + "and p.startDate <= :d and (p.endDate is null or p.endDate >= :d) order by p.employee.id",
                        Long.class)
                .setParameter("c", id.sikerja.domain.organisation.PositionClass.FUNGSIONAL_KEAHLIAN)
                .setParameter("d", LocalDate.now()).getResultList().get(0);
        currentUser.runAs("jombang.kabid");
        long id = teams.form(new TeamData("Tim Kerja Akreditasi", null, WorkTeamKind.TIM_KERJA, yankes,
                LocalDate.now(), LocalDate.now().plusMonths(6)));
        TeamView view = teams.team(id);
        assertTrue(view.rankingOffered());
        assertFalse(view.nominationRequired());
        List<WorkTeams.RankedCandidate> ranked = teams.leadSuggestions(id);
        assertFalse(ranked.isEmpty());
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).tier() <= ranked.get(i).tier(), ranked::toString);
        }
        assertEquals(1, ranked.get(0).tier(), "a JF keahlian heads the list: " + ranked);

        BusinessRuleException notHead = assertThrows(BusinessRuleException.class,
                () -> teams.addMember(id, view.version(), expertJf, TeamRole.TECHNICAL_LEAD, null));
        assertEquals("team.technicalByDepartmentHead", notHead.getMessageKey());
        teams.addMember(id, view.version(), ranked.get(0).employeeId(), TeamRole.LEAD, "Memimpin");
        addTarget(id, teams.team(id).version(), "Terakreditasinya puskesmas", "Jumlah puskesmas", "5");

        currentUser.runAs("jombang.kadis");
        assertEquals(1, ranked.get(1).tier(), "the demo field has a second JF keahlian: " + ranked);
        long technical = ranked.get(1).employeeId();
        teams.addMember(id, teams.team(id).version(), technical, TeamRole.TECHNICAL_CONTROLLER, "Pengendalian teknis");
        BusinessRuleException pending = assertThrows(BusinessRuleException.class,
                () -> teams.submit(id, teams.team(id).version()));
        assertEquals("team.technicalPending", pending.getMessageKey());
        long memberId = teams.team(id).members().stream().filter(m -> m.role() == TeamRole.TECHNICAL_CONTROLLER)
                .findFirst().orElseThrow().id();
        assertThrows(AccessDeniedException.class, () -> teams.decideTechnical(id, memberId, true, null));

        currentUser.runAs("jombang.sekda");
        assertTrue(teams.secretaryDesk().technicalRoles().stream().anyMatch(r -> r.memberId() == memberId));
        teams.decideTechnical(id, memberId, true, null);

        currentUser.runAs("jombang.kadis");
        teams.submit(id, teams.team(id).version());
        assertEquals(WorkTeamState.SUBMITTED, teams.team(id).state());
        assertTrue(teams.team(id).members().stream().anyMatch(m -> m.mayRecommendRatings()));
    }
}
