package id.sikerja.it;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.Assignments;
import id.sikerja.application.Assignments.NewAssignment;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.Dialogues;
import id.sikerja.application.Dialogues.DialogueData;
import id.sikerja.application.Dialogues.DialogueRow;
import id.sikerja.application.Dialogues.DialogueSubjectView;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.SkpService;
import id.sikerja.application.TeamTargets;
import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.MemberSkpStatus;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.TeamRole;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 gaps on the real stack (Kayong Utara): the ketua follows the members' SKP status, scoped; dialogues on
 * a team and on an assignment are recorded only by and with the people involved. Each test builds its own
 * unit inside the Bidang Pelayanan (a head, a ketua, two members) so nothing depends on other tests' data.
 */
@ExtendWith(ArquillianExtension.class)
class TeamGapsIT {

    private static final String ADMIN = "kayong.admin";
    private static final String KABID = "kayong.kabid";       // head of DINKES-YANKES, above the new unit
    private static final String OUTSIDER = "kayong.pegawai";  // DINKES-SEKRE-UMUM: another unit

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(TeamGapsIT.class, ItSupport.class, KuSection.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    WorkTeams teams;

    @Inject
    TeamTargets targets;

    @Inject
    SkpService skps;

    @Inject
    Dialogues dialogues;

    @Inject
    Assignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationAdministration administration;

    @Inject
    OrganisationQueries queries;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private KuSection newSection() {
        return KuSection.create(currentUser, administration, queries, em);
    }

    private static WorkResultLine line(String text, Long supportedResultId) {
        return new WorkResultLine(ResultCategory.UTAMA, text, null, Aspect.KUANTITAS, null, "Jumlah laporan", "12",
                "laporan", null, supportedResultId, null, null);
    }

    /** The head's SKP with one result; the member's SKP with a result supporting it; the ketua's empty SKP. */
    private String prepareSkps(KuSection s) {
        currentUser.runAs(s.headLogin());
        long headSkp = skps.startMySkp();
        String headResult = "Terlaksananya pengendalian mutu layanan rujukan";
        skps.addResult(headSkp, skps.skp(headSkp).version(), line(headResult, null));

        currentUser.runAs(s.leadLogin());
        skps.startMySkp();

        currentUser.runAs(s.memberLogin());
        long memberSkp = skps.startMySkp();
        SkpService.LinkOption option = skps.linkOptions(memberSkp).stream()
                .filter(o -> o.kind().equals("RESULT") && o.text().equals(headResult)).findFirst().orElseThrow(
                        () -> new AssertionError("the head's result is offered: " + skps.linkOptions(memberSkp)));
        skps.addResult(memberSkp, skps.skp(memberSkp).version(), line("Laporan verifikasi rujukan", option.id()));
        return headResult;
    }

    private long team(KuSection s, String targetIndicator) {
        currentUser.runAs(s.headLogin());
        long id = teams.form(new TeamData("Tim Mutu Rujukan " + s.unit(), "Uji", WorkTeamKind.TIM_KERJA, s.unit(),
                LocalDate.now(), LocalDate.now().plusMonths(3)));
        addTarget(id, teams.team(id).version(), "Meningkatnya mutu layanan rujukan", targetIndicator, "100%");
        teams.addMember(id, teams.team(id).version(), s.lead(), TeamRole.LEAD, "Memimpin");
        teams.addMember(id, teams.team(id).version(), s.member(), TeamRole.MEMBER, "Verifikasi");
        teams.addMember(id, teams.team(id).version(), s.noSkp(), TeamRole.MEMBER, "Pendataan");
        return id;
    }

    /** A text-only team target, as the team page adds one. */
    private long addTarget(long teamId, int version, String objective, String indicator, String target) {
        return targets.addTarget(teamId, version, new TeamTargets.TargetData(objective, indicator, target, null, null,
                null));
    }

    private MemberSkpStatus statusOf(long teamId, long employee) {
        return teams.skpStatus(teamId).stream().filter(r -> r.employeeId() == employee).findFirst().orElseThrow();
    }

    private long dialoguesStored(String subjectType, long subjectId) {
        return ItSupport.count(em, "select count(*) from performance_dialogue where subject_type = ?1 "
                + "and subject_id = ?2", subjectType, subjectId);
    }

    @Test
    void theLeadSeesEachMembersSkpStatusAndMembersAndOutsidersAreRefused() {
        KuSection s = newSection();
        String headResult = prepareSkps(s);
        long id = team(s, headResult);

        currentUser.runAs(s.leadLogin());
        assertEquals(Boolean.FALSE, statusOf(id, s.member()).servesTeam(),
                "naming a text equal to the team's indicator no longer counts: the result must name the target");

        // the member names the team target on the SKP page's select
        currentUser.runAs(s.memberLogin());
        long memberSkp = skps.mySkps().get(0).id();
        TeamTargets.SkpTeamLinks links = targets.skpLinks(memberSkp);
        assertTrue(links.editable());
        assertEquals(List.of(headResult), links.options().stream().map(TeamTargets.TeamTargetOption::indicator).toList());
        long result = skps.skp(memberSkp).results().get(0).id();
        targets.serveTeamTarget(memberSkp, result, links.options().get(0).id());
        assertEquals(Map.of(result, links.options().get(0).id()), targets.skpLinks(memberSkp).served());

        currentUser.runAs(s.headLogin());
        assertFalse(targets.skpLinks(memberSkp).editable(), "only the SKP's owner links its results");
        assertThrows(AccessDeniedException.class, () -> targets.serveTeamTarget(memberSkp, result, null));
        currentUser.runAs(s.leadLogin());
        assertThrows(AccessDeniedException.class, () -> targets.skpLinks(memberSkp), "a peer does not see the SKP");
        assertTrue(teams.team(id).canFollowSkps());
        Map<Long, MemberSkpStatus> rows = teams.skpStatus(id).stream()
                .collect(Collectors.toMap(MemberSkpStatus::employeeId, Function.identity()));
        assertEquals(Set.of(s.lead(), s.member(), s.noSkp()), rows.keySet());
        int year = LocalDate.now().getYear();
        assertTrue(rows.values().stream().allMatch(r -> r.year() == year));

        MemberSkpStatus member = rows.get(s.member());
        assertEquals(SkpState.DRAFT, member.state());
        assertEquals(Boolean.TRUE, member.servesTeam(), "its result names the team target");
        assertEquals(TeamRole.MEMBER, member.role());
        currentUser.runAs(s.memberLogin());
        SkpService.SkpRow own = skps.mySkps().get(0);
        assertEquals(own.periodStart(), member.periodStart());
        assertEquals(own.periodEnd(), member.periodEnd());

        MemberSkpStatus lead = rows.get(s.lead());
        assertEquals(SkpState.DRAFT, lead.state());
        assertEquals(Boolean.FALSE, lead.servesTeam(), "an SKP without results serves nothing");
        MemberSkpStatus none = rows.get(s.noSkp());
        assertNull(none.state());
        assertNull(none.periodStart());
        assertNull(none.servesTeam());

        // the heads above, the personnel office and oversight follow it too
        for (String allowed : List.of(s.headLogin(), KABID, "kayong.kadis", ADMIN, "kayong.pengawas")) {
            currentUser.runAs(allowed);
            assertEquals(3, teams.skpStatus(id).size(), allowed);
        }
        // a plain member, an employee of another unit and the head of another department are refused
        for (String refused : List.of(s.memberLogin(), OUTSIDER, "kayong.kadisarsip")) {
            currentUser.runAs(refused);
            assertThrows(AccessDeniedException.class, () -> teams.skpStatus(id), refused);
        }
        currentUser.runAs(s.memberLogin());
        assertFalse(teams.team(id).canFollowSkps());
        // another government does not find the team
        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> teams.skpStatus(id));
    }

    @Test
    void aTeamDialogueIsRecordedOnlyByAndWithThePeopleInvolved() {
        KuSection s = newSection();
        long id = team(s, "Persentase rujukan terverifikasi");
        long outsider = ItSupport.employeeOf(em, OUTSIDER);
        long kadis = ItSupport.employeeOf(em, "kayong.kadis");

        currentUser.runAs(OUTSIDER);
        assertThrows(AccessDeniedException.class, () -> dialogues.recordDialogue(new DialogueData("TEAM", id,
                LocalDate.now(), DialogueStage.PLANNING, Set.of(s.lead()), "Ekspektasi", null, null, null)));
        assertThrows(AccessDeniedException.class, () -> dialogues.dialogues("TEAM", id));
        assertEquals(0, dialoguesStored("TEAM", id), "nothing stored for an uninvolved caller");

        currentUser.runAs(s.leadLogin());
        DialogueSubjectView subject = dialogues.dialogueSubject("TEAM", id);
        assertTrue(subject.canRecord());
        Set<Long> involved = subject.involved().stream().map(Dialogues.PersonOption::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of(s.lead(), s.member(), s.noSkp(), s.head(), kadis), involved,
                "ketua, members, owner unit head and department head");
        assertFalse(subject.candidates().stream().anyMatch(p -> p.id() == s.lead()), "the caller is not offered");
        assertEquals("LEAD", subject.involved().get(0).role());

        assertEquals("dialogue.participantNotInvolved", assertThrows(BusinessRuleException.class,
                () -> dialogues.recordDialogue(new DialogueData("TEAM", id, LocalDate.now(), DialogueStage.PLANNING,
                        Set.of(s.member(), outsider), "Ekspektasi", null, null, null))).getMessageKey());
        assertEquals(0, dialoguesStored("TEAM", id), "nothing stored with an uninvolved participant");

        long dialogue = dialogues.recordDialogue(new DialogueData("TEAM", id, LocalDate.now(), DialogueStage.PLANNING,
                Set.of(s.member(), s.head()), "Verifikasi rujukan tuntas tiap pekan", "100% terverifikasi",
                "Akses aplikasi rujukan", "Rapat tim bulanan"));
        assertEquals(1, dialoguesStored("TEAM", id));
        assertTrue(audit.history(SubjectType.TEAM, id).stream().anyMatch(e -> e.action().equals("dialogue.record")));

        for (String reader : List.of(s.memberLogin(), s.headLogin(), KABID, "kayong.pengawas")) {
            currentUser.runAs(reader);
            List<DialogueRow> rows = dialogues.dialogues("TEAM", id);
            assertEquals(List.of(dialogue), rows.stream().map(DialogueRow::id).toList(), reader);
            assertEquals("Verifikasi rujukan tuntas tiap pekan", rows.get(0).expectations());
        }
        currentUser.runAs(s.memberLogin());
        assertTrue(dialogues.myDialogues().stream().anyMatch(d -> d.id() == dialogue));
        assertEquals(3, dialogues.dialogues("TEAM", id).get(0).participants().size());

        // oversight reads but, not being involved, records nothing
        currentUser.runAs("kayong.pengawas");
        assertFalse(dialogues.dialogueSubject("TEAM", id).canRecord());
        currentUser.runAs(OUTSIDER);
        assertThrows(AccessDeniedException.class, () -> dialogues.dialogueSubject("TEAM", id));
        currentUser.runAs("jombang.kabid");
        assertThrows(NotFoundException.class, () -> dialogues.dialogues("TEAM", id));
        assertThrows(NotFoundException.class, () -> dialogues.recordDialogue(new DialogueData("TEAM", id,
                LocalDate.now(), DialogueStage.PLANNING, Set.of(), "x", null, null, null)));
        assertEquals(1, dialoguesStored("TEAM", id));
    }

    @Test
    void anAssignmentDialogueIsRecordedOnlyByAndWithThePeopleInvolved() {
        KuSection s = newSection();
        currentUser.runAs(s.headLogin());
        long id = assignments.appoint(new NewAssignment(s.member(), AssignmentRole.TEAM_MEMBER, "Tim Rujukan",
                List.of("Memverifikasi data rujukan"), false, LocalDate.now(), LocalDate.now().plusMonths(2),
                "Peraturan Bupati Kayong Utara Nomor 22 Tahun 2023 Pasal 11", null));
        long signer = assignments.assignment(id).signerId();
        long outsider = ItSupport.employeeOf(em, OUTSIDER);

        for (String uninvolved : List.of(OUTSIDER, s.leadLogin())) {
            currentUser.runAs(uninvolved);
            assertThrows(AccessDeniedException.class, () -> dialogues.recordDialogue(new DialogueData("ASSIGNMENT",
                    id, LocalDate.now(), DialogueStage.PLANNING, Set.of(s.member()), "Ekspektasi", null, null, null)),
                    uninvolved);
        }
        currentUser.runAs(s.leadLogin());
        assertThrows(AccessDeniedException.class, () -> dialogues.dialogues("ASSIGNMENT", id),
                "a colleague of the same section does not read it");
        assertEquals(0, dialoguesStored("ASSIGNMENT", id));

        currentUser.runAs(s.headLogin());
        Set<Long> involved = dialogues.dialogueSubject("ASSIGNMENT", id).involved().stream()
                .map(Dialogues.PersonOption::id).collect(Collectors.toSet());
        assertEquals(Set.of(s.member(), s.head(), signer), involved, "assignee, appointer and unit head, signer");
        assertThrows(BusinessRuleException.class, () -> dialogues.recordDialogue(new DialogueData("ASSIGNMENT", id,
                LocalDate.now(), DialogueStage.PLANNING, Set.of(s.member(), outsider), "Ekspektasi", null, null, null)));
        assertEquals(0, dialoguesStored("ASSIGNMENT", id));

        long dialogue = dialogues.recordDialogue(new DialogueData("ASSIGNMENT", id, LocalDate.now(),
                DialogueStage.PLANNING, Set.of(s.member()), "Data rujukan terverifikasi", null, null, "Cek pekanan"));
        assertEquals(1, dialoguesStored("ASSIGNMENT", id));

        currentUser.runAs(s.memberLogin());
        assertEquals(List.of(dialogue), dialogues.dialogues("ASSIGNMENT", id).stream().map(DialogueRow::id).toList());
        assertTrue(dialogues.dialogueSubject("ASSIGNMENT", id).canRecord(), "the assignee may record one too");
        assertTrue(assignments.assignment(id).history().stream().anyMatch(e -> e.action().equals("dialogue.record")));
        currentUser.runAs("kayong.kadis");
        assertEquals(1, dialogues.dialogues("ASSIGNMENT", id).size(), "the signer reads it");
    }
}
