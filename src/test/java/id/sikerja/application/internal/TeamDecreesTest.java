package id.sikerja.application.internal;

import id.sikerja.domain.workflow.Actor;
import id.sikerja.application.OfficialDocument;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TargetContent;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.WorkTeam;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decree's content follows PS Lampiran III. */
class TeamDecreesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    private final Government government = Fixtures.government("PASURUAN");
    private final Department department = new Department(government, "DISKOMINFO", "Dinas Komunikasi dan Informatika",
            UnitType.DINAS);
    private final OrgUnit root = OrgUnit.rootOf(department, "DISKOMINFO", "Dinas Komunikasi dan Informatika");
    private final OrgUnit field = root.addChild("DISKOMINFO-APT", "Bidang Aplikasi", UnitKind.ORGANISATION_UNIT, null, 2);
    private final Position jf = new Position(field, "Pranata Komputer Ahli Muda", PositionClass.FUNGSIONAL_KEAHLIAN,
            FunctionalGrade.AHLI_MUDA, false, 3);
    private final Position staff = new Position(field, "Pengelola Sistem", PositionClass.PELAKSANA, null, false, 3);

    private WorkTeam team() {
        PolicyProfile policy = new PolicyProfile(government);
        policy.configure(1, LetterSigner.DEPARTMENT_HEAD_DECREE, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION,
                LeadSelection.BY_HEAD, false, false, EnumSet.of(WorkTeamKind.TIM_KERJA), false, false, false, null);
        WorkTeam team = WorkTeam.form(policy, field, "Satu Data", "Menyatukan data sektoral", WorkTeamKind.TIM_KERJA,
                DAY, LocalDate.of(2026, 12, 31));
        Employee anggota = Fixtures.placed("Zaki Anggota", staff, DAY.minusYears(1));
        Employee ketua = Fixtures.placed("Rina Ketua", jf, DAY.minusYears(1));
        team.addMember(policy, anggota, TeamRole.MEMBER, "Mengolah data", DAY);
        team.addMember(policy, ketua, TeamRole.LEAD, "Memimpin tim", DAY);
        team.addTarget(TargetContent.text("Tersedianya portal satu data", "Jumlah dataset terbit", "120 dataset"));
        team.addTarget(TargetContent.text("Meningkatnya kualitas data", "Persentase data valid", "95%"));
        return team;
    }

    private static OfficialDocument.Table annex(WorkTeam team) {
        OfficialDocument doc = TeamDecrees.document(team,
                new TeamDecrees.Signer("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "Budi Kadis", "Pembina", "1"), DAY);
        return (OfficialDocument.Table) doc.annexes().get(0).blocks().get(1);
    }

    @Test
    void theAnnexHasTheUnitRowThenOneRowPerPersonWithTheirOwnTargets() {
        WorkTeam team = team();
        TeamTarget portal = team.getTargets().get(0);
        TeamTarget quality = team.getTargets().get(1);
        TeamMember anggota = team.getMembers().stream().filter(m -> m.getRole() == TeamRole.MEMBER).findFirst()
                .orElseThrow();
        anggota.addTarget(portal, TargetContent.text("Terbitnya dataset kesehatan", "Jumlah dataset", "40 dataset"));
        anggota.addTarget(quality, TargetContent.text("Validnya data kesehatan", "Persentase data valid", "95%"));

        List<List<String>> rows = annex(team).rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("", "BIDANG APLIKASI", "", "", "", "", "", ""), rows.get(0),
                "PS Lampiran III: the Sekretariat/Bidang/Kelompok row");
        List<String> ketua = rows.get(1);
        assertEquals("KETUA TIM", ketua.get(1));
        assertEquals("1. Tersedianya portal satu data\n2. Meningkatnya kualitas data", ketua.get(5),
                "a ketua without own targets carries the team's");
        List<String> member = rows.get(2);
        assertEquals("2", member.get(0));
        assertEquals("ANGGOTA TIM", member.get(1));
        assertEquals("1. Terbitnya dataset kesehatan\n2. Validnya data kesehatan", member.get(5));
        assertEquals("1. Jumlah dataset\n2. Persentase data valid", member.get(6));
        assertEquals("1. 40 dataset\n2. 95%", member.get(7));
    }

    @Test
    void aMemberWithoutOwnTargetsShowsADash() {
        List<String> member = annex(team()).rows().get(2);
        assertEquals(List.of("-", "-", "-"), member.subList(5, 8));
    }

    @Test
    void aDecreeSignedBeforeMembersHadOwnTargetsKeepsItsLayout() throws ReflectiveOperationException {
        WorkTeam team = team();
        java.lang.reflect.Field layout = WorkTeam.class.getDeclaredField("annexPerPerson");
        layout.setAccessible(true);
        layout.set(team, false);
        List<List<String>> rows = annex(team).rows();
        assertEquals(2, rows.size(), "no grouping row");
        for (List<String> row : rows) {
            assertEquals("1. Tersedianya portal satu data\n2. Meningkatnya kualitas data", row.get(5));
        }
    }

    @Test
    void aDraftHasNoNumberAndTheAnnexListsEveryMemberKetuaFirst() {
        WorkTeam team = team();
        OfficialDocument doc = TeamDecrees.document(team,
                new TeamDecrees.Signer("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "Budi Kadis", "Pembina", "1"), DAY);

        assertNull(doc.number());
        assertEquals("KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", doc.title());
        assertEquals(List.of("PEMERINTAH KABUPATEN PASURUAN", "DINAS KOMUNIKASI DAN INFORMATIKA"), doc.letterhead());
        assertTrue(doc.placeAndDate().startsWith("Ditetapkan di PASURUAN"), doc.placeAndDate());
        assertEquals("Menimbang", ((OfficialDocument.Paragraph) doc.blocks().get(0)).heading());
        assertEquals("Mengingat", ((OfficialDocument.Numbered) doc.blocks().get(1)).heading());
        OfficialDocument.Table table = (OfficialDocument.Table) doc.annexes().get(0).blocks().get(1);
        assertEquals(List.of("NO", "SUSUNAN TIM KERJA", "NAMA/NIP", "JABATAN", "TUGAS", "SASARAN KINERJA",
                "INDIKATOR KINERJA", "TARGET KINERJA"), table.header());
        assertEquals(3, table.rows().size());
        List<String> first = table.rows().get(1);
        assertEquals("1", first.get(0));
        assertEquals("KETUA TIM", first.get(1));
        assertTrue(first.get(2).startsWith("Rina Ketua\nNIP. "), first.get(2));
        assertEquals("Pranata Komputer Ahli Muda", first.get(3));
        assertEquals("Memimpin tim", first.get(4));
        assertEquals("1. Tersedianya portal satu data\n2. Meningkatnya kualitas data", first.get(5));
        assertEquals("1. 120 dataset\n2. 95%", first.get(7));
        assertEquals("ANGGOTA TIM", table.rows().get(2).get(1));
    }

    @Test
    void aSignedDecreeCarriesItsNumberDateAndSigner() {
        WorkTeam team = team();
        team.submit(Set.of(Actor.UNIT_HEAD), policyOf(), null);
        team.establish(Set.of(Actor.SIGNER), "800/007/DISKOMINFO/2026", DAY, "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "Budi Kadis",
                "Pembina", "198001012005011001");
        OfficialDocument doc = TeamDecrees.document(team, new TeamDecrees.Signer(team.getSignerOffice(),
                team.getSignerName(), team.getSignerRank(), team.getSignerNip()), DAY.plusDays(30));
        assertEquals("800/007/DISKOMINFO/2026", doc.number());
        assertTrue(doc.placeAndDate().endsWith("2 Februari 2026"), doc.placeAndDate());
        assertEquals("Budi Kadis", doc.signature().name());
        assertTrue(doc.annexes().get(0).title().contains("NOMOR 800/007/DISKOMINFO/2026"));
    }

    private PolicyProfile policyOf() {
        PolicyProfile policy = new PolicyProfile(government);
        policy.configure(1, LetterSigner.DEPARTMENT_HEAD_DECREE, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION,
                LeadSelection.BY_HEAD, false, false, EnumSet.of(WorkTeamKind.TIM_KERJA), false, false, false, null);
        return policy;
    }

    /** A member change after the decree: a new numbered decree naming the one it amends, with the new annex. */
    @Test
    void anAmendingDecreeNamesTheDecreeItAmends() {
        WorkTeam team = team();
        team.submit(Set.of(Actor.UNIT_HEAD), policyOf(), null);
        team.establish(Set.of(Actor.SIGNER), "800/001/423.DISKOMINFO/2026", DAY, "KEPALA DINAS", "Budi Kadis", null, null);
        TeamDecrees.Signer signer = new TeamDecrees.Signer("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "Budi Kadis",
                "Pembina", "1");
        OfficialDocument draft = TeamDecrees.document(team, signer, DAY, new TeamDecrees.Amendment(
                "800/001/423.DISKOMINFO/2026", DAY, null, null));
        assertNull(draft.number());
        assertTrue(draft.subtitle().contains("PERUBAHAN ATAS KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA NOMOR "
                + "800/001/423.DISKOMINFO/2026"), draft.subtitle());

        LocalDate later = DAY.plusMonths(3);
        OfficialDocument signed = TeamDecrees.document(team, signer, later, new TeamDecrees.Amendment(
                "800/001/423.DISKOMINFO/2026", DAY, "800/009/423.DISKOMINFO/2026", later));
        assertEquals("800/009/423.DISKOMINFO/2026", signed.number());
        OfficialDocument.Fields dictums = (OfficialDocument.Fields) signed.blocks().get(3);
        assertTrue(dictums.fields().get(1).value().startsWith("Mengubah lampiran"), dictums.fields().get(1).value());
        assertTrue(signed.annexes().get(0).title().contains("NOMOR 800/009/423.DISKOMINFO/2026"));
        assertEquals("800/001/423.DISKOMINFO/2026", team.getDecreeNumber(), "the amended decree keeps its number");
    }
}
