package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.PlanningService;
import id.sikerja.application.TeamTargets;
import id.sikerja.application.TeamTargets.MemberTargetData;
import id.sikerja.application.TeamTargets.TargetData;
import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.MemberView;
import id.sikerja.application.WorkTeams.TargetView;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.application.WorkTeams.TeamView;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.TeamRole;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team targets with their own identity on the real stack (Kayong Utara): stored in order with the owner unit's
 * agreement indicator they serve, members' own targets set by the ketua or the head and printed in the decree,
 * scoped to the people of the team, and guarded by optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class TeamTargetsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(TeamTargetsIT.class, ItSupport.class, KuSection.class)
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

    @Inject
    PlanningService planning;

    @Inject
    OrganisationAdministration administration;

    @Inject
    OrganisationQueries queries;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private KuSection newSection() {
        return KuSection.create(currentUser, administration, queries, em);
    }

    /** A draft tim kerja of the section with its ketua and member, formed by the section's head. */
    private long team(KuSection s, String name) {
        currentUser.runAs(s.headLogin());
        long id = teams.form(new TeamData(name + " " + s.unit(), "Uji", WorkTeamKind.TIM_KERJA, s.unit(),
                LocalDate.now(), LocalDate.now().plusMonths(3)));
        teams.addMember(id, teams.team(id).version(), s.lead(), TeamRole.LEAD, "Memimpin");
        teams.addMember(id, teams.team(id).version(), s.member(), TeamRole.MEMBER, "Verifikasi");
        return id;
    }

    private static TargetData text(String objective, String indicator, String target) {
        return new TargetData(objective, indicator, target, null, null, null);
    }

    /** The section head's agreement of this year with one indicator; returns the indicator's id. */
    private long agreementIndicator(KuSection s, String indicator) {
        currentUser.runAs(s.headLogin());
        long agreement = planning.startAgreement(LocalDate.now().getYear());
        planning.saveAgreement(agreement, planning.agreement(agreement).version(), List.of(new AgreementLine(
                "Meningkatnya mutu layanan rujukan", List.of(new AgreementLine.IndicatorLine(null, indicator, "90",
                "%", null)))));
        return planning.agreement(agreement).objectives().get(0).indicators().get(0).id();
    }

    private MemberView member(TeamView view, long employeeId) {
        return view.members().stream().filter(m -> m.employeeId() == employeeId).findFirst().orElseThrow();
    }

    private long stored(String sql, Object... params) {
        return ItSupport.count(em, sql, params);
    }

    @Test
    void targetsAreStoredInTheirOrderWithTheOwnerUnitsIndicator() {
        KuSection s = newSection();
        KuSection other = newSection();
        long foreignIndicator = agreementIndicator(other, "Persentase rujukan unit lain");
        long indicator = agreementIndicator(s, "Persentase rujukan terverifikasi");
        long id = team(s, "Tim Target Urut");

        currentUser.runAs(s.headLogin());
        assertEquals(List.of(indicator), targets.indicatorOptions(id).stream().map(TeamTargets.IndicatorOption::id)
                .toList(), "only the owner unit's agreement of the team's year is offered");
        long first = targets.addTarget(id, teams.team(id).version(), new TargetData("Meningkatnya mutu rujukan",
                "Jumlah rujukan terverifikasi", "120 rujukan", new BigDecimal("120"), "rujukan", indicator));
        long second = targets.addTarget(id, teams.team(id).version(), text("Tertibnya arsip", "Jumlah berkas", "12"));
        targets.moveTarget(id, teams.team(id).version(), second, -1);

        List<TargetView> view = teams.team(id).targets();
        assertEquals(List.of(second, first), view.stream().map(TargetView::id).toList());
        assertEquals(List.of(1, 2), view.stream().map(TargetView::number).toList());
        TargetView linked = view.get(1);
        assertEquals(0, new BigDecimal("120").compareTo(linked.targetNumeric()));
        assertEquals("rujukan", linked.unit());
        assertEquals(indicator, linked.agreementIndicatorId());
        assertTrue(linked.indicatorText().startsWith("Persentase rujukan terverifikasi"), linked.indicatorText());
        assertEquals(2, stored("select count(*) from team_target where team_id = ?1", id));

        // bad input: a clear refusal, nothing changed
        int version = teams.team(id).version();
        BusinessRuleException zero = assertThrows(BusinessRuleException.class, () -> targets.addTarget(id, version,
                new TargetData("S", "I", "0", BigDecimal.ZERO, "dokumen", null)));
        assertEquals("team.targetNumericPositive", zero.getMessageKey());
        BusinessRuleException foreign = assertThrows(BusinessRuleException.class, () -> targets.updateTarget(id,
                second, view.get(0).version(), new TargetData("Tertibnya arsip", "Jumlah berkas", "12", null, null,
                        foreignIndicator)));
        assertEquals("team.indicatorNotOwners", foreign.getMessageKey());
        assertEquals(2, teams.team(id).targets().size());
        assertNull(teams.team(id).targets().get(0).agreementIndicatorId());

        // another unit's head neither sees nor changes the targets
        currentUser.runAs(other.headLogin());
        assertThrows(AccessDeniedException.class, () -> targets.indicatorOptions(id));
        assertThrows(AccessDeniedException.class, () -> targets.updateTarget(id, first, 0, text("x", "y", "z")));
        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> targets.removeTarget(id, version, first));
    }

    @Test
    void theKetuaSetsMembersOwnTargetsWhichTheMemberReadsAndTheDecreePrints() throws IOException {
        KuSection s = newSection();
        long id = team(s, "Tim Target Anggota");
        currentUser.runAs(s.headLogin());
        long target = targets.addTarget(id, teams.team(id).version(),
                text("Meningkatnya mutu rujukan", "Jumlah rujukan terverifikasi", "120 rujukan"));
        TeamView asHead = teams.team(id);
        long memberRow = member(asHead, s.member()).id();
        long leadRow = member(asHead, s.lead()).id();

        currentUser.runAs(s.leadLogin());
        assertTrue(teams.team(id).canSetMemberTargets());
        targets.addMemberTarget(id, memberRow, new MemberTargetData(target, "Terverifikasinya berkas rujukan",
                "Jumlah berkas terverifikasi", "80 berkas"));
        targets.addMemberTarget(id, leadRow, new MemberTargetData(target, "Terkendalinya mutu rujukan",
                "Jumlah laporan mutu", "4 laporan"));
        assertEquals(2, stored("select count(*) from team_member_target t join work_team_member m on m.id = t.member_id "
                + "where m.team_id = ?1", id));

        // the member reads their own target, not the others', and may not set any
        currentUser.runAs(s.memberLogin());
        TeamView asMember = teams.team(id);
        assertEquals(List.of("80 berkas"), member(asMember, s.member()).targets().stream()
                .map(WorkTeams.MemberTargetView::target).toList());
        assertTrue(member(asMember, s.lead()).targets().isEmpty());
        assertTrue(!asMember.canSetMemberTargets());
        assertThrows(AccessDeniedException.class, () -> targets.addMemberTarget(id, memberRow,
                new MemberTargetData(target, "S", "I", "1")));

        // the draft decree's annex: the unit row, then each person with their own target
        String annex;
        try (PDDocument pdf = Loader.loadPDF(teams.decree(id).pdf())) {
            annex = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(annex.contains("80 berkas") && annex.contains("4 laporan"), annex);
        assertTrue(annex.contains("SUBSEKSI UJI"), annex);

        // a member target serves a target of its own team only
        KuSection other = newSection();
        long otherTeam = team(other, "Tim Lain");
        currentUser.runAs(other.headLogin());
        long otherTarget = targets.addTarget(otherTeam, teams.team(otherTeam).version(), text("Lain", "Lain", "1"));
        currentUser.runAs(s.headLogin());
        assertThrows(NotFoundException.class, () -> targets.addMemberTarget(id, memberRow,
                new MemberTargetData(otherTarget, "S", "I", "1")));
        BusinessRuleException inUse = assertThrows(BusinessRuleException.class,
                () -> targets.removeTarget(id, teams.team(id).version(), target));
        assertEquals("team.targetInUse", inUse.getMessageKey());

        // a member of another team neither reads nor edits this team's member targets
        currentUser.runAs(other.memberLogin());
        assertThrows(AccessDeniedException.class, () -> teams.team(id));
        long memberTarget = member(asMember, s.member()).targets().get(0).id();
        assertThrows(AccessDeniedException.class, () -> targets.updateMemberTarget(id, memberTarget, 0,
                new MemberTargetData(target, "S", "I", "1")));
        assertThrows(AccessDeniedException.class, () -> targets.removeMemberTarget(id, memberTarget, 0));

        // removing a member removes their own targets
        currentUser.runAs(s.headLogin());
        teams.removeMember(id, teams.team(id).version(), memberRow);
        assertEquals(0, stored("select count(*) from team_member_target where member_id = ?1", memberRow));
    }

    @Test
    void concurrentEditsOfATargetOrAMemberTargetConflict() {
        KuSection s = newSection();
        long id = team(s, "Tim Target Rebutan");
        currentUser.runAs(s.headLogin());
        long target = targets.addTarget(id, teams.team(id).version(), text("Sasaran awal", "Indikator", "10"));
        TeamView seen = teams.team(id);
        int seenVersion = seen.targets().get(0).version();

        targets.updateTarget(id, target, seenVersion, text("Sasaran kepala seksi", "Indikator", "10"));
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> targets.updateTarget(id, target, seenVersion, text("Sasaran basi", "Indikator", "10")));
        assertEquals("error.conflict", conflict.getMessageKey());
        assertEquals("Sasaran kepala seksi", teams.team(id).targets().get(0).objective());

        long memberRow = member(seen, s.member()).id();
        targets.addMemberTarget(id, memberRow, new MemberTargetData(target, "Milik anggota", "Jumlah", "5"));
        WorkTeams.MemberTargetView own = member(teams.team(id), s.member()).targets().get(0);
        currentUser.runAs(s.leadLogin());
        targets.updateMemberTarget(id, own.id(), own.version(), new MemberTargetData(target, "Versi ketua", "Jumlah",
                "6"));
        currentUser.runAs(s.headLogin());
        assertThrows(ConcurrentEditException.class, () -> targets.updateMemberTarget(id, own.id(), own.version(),
                new MemberTargetData(target, "Versi kepala", "Jumlah", "7")));
        assertEquals("Versi ketua", member(teams.team(id), s.member()).targets().get(0).objective());
    }
}
