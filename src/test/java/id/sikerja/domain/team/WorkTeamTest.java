package id.sikerja.domain.team;

import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.time.LocalDate;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.team.TeamFixtures.START;
import static id.sikerja.domain.team.TeamFixtures.target;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkTeamTest {

    private final TeamFixtures f = new TeamFixtures();

    // ---- kinds per policy

    @Test
    void aKindTheGovernmentDoesNotUseIsRefused() {
        assertRefused("team.kindNotUsed", () -> f.kelompokKerja(TeamFixtures.kayongUtara()));
        assertRefused("team.kindNotUsed", () -> f.timKerja(TeamFixtures.klaten()));
        assertRefused("team.kindNotUsed", () -> f.team(TeamFixtures.pasuruan(), null, START, START.plusMonths(2)));
    }

    @Test
    void eachGovernmentFormsItsOwnKinds() {
        assertEquals(WorkTeamKind.TIM_KERJA, f.timKerja(TeamFixtures.kayongUtara()).getKind());
        assertEquals(WorkTeamKind.TIM_KERJA, f.timKerja(TeamFixtures.jombang()).getKind());
        assertEquals(WorkTeamKind.TIM_KERJA, f.timKerja(TeamFixtures.pasuruan()).getKind());
        assertEquals(WorkTeamKind.KELOMPOK_KERJA, f.kelompokKerja(TeamFixtures.klaten()).getKind());
        assertEquals(WorkTeamKind.TIM_AD_HOC,
                f.team(TeamFixtures.klaten(), WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3)).getKind());
    }

    @Test
    void nameAndPeriodAreRequired() {
        assertRefused("team.nameRequired", () -> WorkTeam.form(TeamFixtures.pasuruan(), f.field, " ", null,
                WorkTeamKind.TIM_KERJA, START, START.plusMonths(1)));
        assertRefused("team.periodRequired", () -> f.team(TeamFixtures.pasuruan(), WorkTeamKind.TIM_KERJA, START, null));
        assertRefused("team.endBeforeStart",
                () -> f.team(TeamFixtures.pasuruan(), WorkTeamKind.TIM_KERJA, START, START.minusDays(1)));
    }

    // ---- durations (KL Pasal 1 angka 24 and 25)

    @Test
    void aKelompokKerjaStaysWithinOneBudgetYear() {
        assertDoesNotThrow(() -> WorkTeam.requireKelompokKerjaDuration(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertRefused("team.kelompokKerjaOneBudgetYear",
                () -> WorkTeam.requireKelompokKerjaDuration(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31)));
        assertRefused("team.kelompokKerjaOneBudgetYear", () -> f.team(TeamFixtures.klaten(),
                WorkTeamKind.KELOMPOK_KERJA, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anAdHocTeamLastsMoreThanOneMonthAndLessThanOneYear() {
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        assertRefused("team.adHocDuration", () -> WorkTeam.requireAdHocDuration(jan1, LocalDate.of(2026, 1, 31)));
        assertDoesNotThrow(() -> WorkTeam.requireAdHocDuration(jan1, LocalDate.of(2026, 2, 1)));
        assertDoesNotThrow(() -> WorkTeam.requireAdHocDuration(jan1, LocalDate.of(2026, 12, 30)));
        assertRefused("team.adHocDuration", () -> WorkTeam.requireAdHocDuration(jan1, LocalDate.of(2026, 12, 31)));
        assertRefused("team.adHocDuration", () -> f.team(TeamFixtures.klaten(), WorkTeamKind.TIM_AD_HOC, jan1,
                LocalDate.of(2026, 1, 20)));
    }

    @Test
    void aTimKerjaHasNoLengthLimit() {
        assertDoesNotThrow(() -> f.team(TeamFixtures.kayongUtara(), WorkTeamKind.TIM_KERJA, START, START.plusYears(2)));
    }

    @Test
    void theSignerFollowsTheKind() {
        assertEquals(DecreeSigner.DEPARTMENT_HEAD, f.timKerja(TeamFixtures.pasuruan()).decreeSigner());
        assertEquals(DecreeSigner.DEPARTMENT_HEAD, f.kelompokKerja(TeamFixtures.klaten()).decreeSigner());
        assertEquals(DecreeSigner.OWNER_UNIT_HEAD,
                f.team(TeamFixtures.klaten(), WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3)).decreeSigner());
    }

    /** KL Pasal 1 angka 24: a kelompok kerja's decree by the head of the department or of the unit, as data. */
    @Test
    void theSignerIsChosenWithinWhatThePolicyAllows() {
        PolicyProfile klaten = TeamFixtures.klaten();
        assertEquals(List.of(DecreeSigner.DEPARTMENT_HEAD, DecreeSigner.OWNER_UNIT_HEAD),
                WorkTeam.allowedDecreeSigners(klaten, WorkTeamKind.KELOMPOK_KERJA));
        assertEquals(List.of(DecreeSigner.DEPARTMENT_HEAD),
                WorkTeam.allowedDecreeSigners(TeamFixtures.pasuruan(), WorkTeamKind.TIM_KERJA));
        WorkTeam group = f.kelompokKerja(klaten);
        group.chooseDecreeSigner(klaten, DecreeSigner.OWNER_UNIT_HEAD);
        assertEquals(DecreeSigner.OWNER_UNIT_HEAD, group.decreeSigner());
        assertRefused("team.signerNotAllowed", () -> group.chooseDecreeSigner(klaten, null));
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3));
        assertRefused("team.signerNotAllowed", () -> adHoc.chooseDecreeSigner(klaten, DecreeSigner.DEPARTMENT_HEAD));
        WorkTeam timKerja = f.timKerja(TeamFixtures.pasuruan());
        assertRefused("team.signerNotAllowed",
                () -> timKerja.chooseDecreeSigner(TeamFixtures.pasuruan(), DecreeSigner.OWNER_UNIT_HEAD));

        PolicyProfile ps = TeamFixtures.pasuruan();
        WorkTeam submitted = readyTimKerja(ps);
        submitted.submit(Set.of(Actor.UNIT_HEAD), ps, null);
        assertRefused("team.wrongState", () -> submitted.chooseDecreeSigner(ps, DecreeSigner.DEPARTMENT_HEAD));
    }

    // ---- amendments (a member change after the decree)

    @Test
    void membersChangeAfterTheDecreeOnlyThroughAnAmendingDecree() {
        PolicyProfile ps = TeamFixtures.pasuruan();
        WorkTeam team = readyTimKerja(ps);
        team.submit(Set.of(Actor.UNIT_HEAD), ps, null);
        team.establish(Set.of(Actor.SIGNER), "800/001/DINKES/2026", START, "KEPALA", "Kadis", null, null);
        assertRefused("team.wrongState", () -> team.addMember(ps, f.terampilJf, TeamRole.MEMBER, null, START));
        assertRefused("error.accessDenied", () -> team.amend(Set.of(Actor.SIGNER)));

        team.amend(Set.of(Actor.UNIT_HEAD));
        assertEquals(WorkTeamState.AMENDING, team.getState());
        assertTrue(team.getState().isDecreed(), "the decree in force still holds");
        int before = team.getMembers().size();
        team.addMember(ps, f.terampilJf, TeamRole.MEMBER, "Administrasi", START);
        assertRefused("team.wrongState", () -> team.addTarget(target()));
        team.submitAmendment(Set.of(Actor.UNIT_HEAD));
        assertEquals(WorkTeamState.AMENDMENT_SUBMITTED, team.getState());
        assertRefused("team.wrongState", () -> team.removeMember(team.memberOf(f.terampilJf).orElseThrow()));
        assertRefused("team.reasonRequired", () -> team.returnAmendment(Set.of(Actor.SIGNER), " "));
        team.returnAmendment(Set.of(Actor.SIGNER), "Tugas anggota baru belum jelas");
        assertEquals(WorkTeamState.AMENDING, team.getState());
        team.submitAmendment(Set.of(Actor.UNIT_HEAD));
        assertRefused("error.accessDenied", () -> team.signAmendment(Set.of(Actor.UNIT_HEAD)));
        team.signAmendment(Set.of(Actor.SIGNER));
        assertEquals(WorkTeamState.ESTABLISHED, team.getState());
        assertEquals("800/001/DINKES/2026", team.getDecreeNumber(), "the establishing decree keeps its number");
        assertEquals(before + 1, team.getMembers().size());
    }

    /** KL Pasal 14 ayat (1) huruf b: the ketua left an established group; his seat is filled by a nomination. */
    @Test
    void aVacancyInAnEstablishedGroupIsFilledByANominationAndAnAmendingDecree() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam group = LeadRulesTest.establishedGroup(f, klaten, f.mudaJf);
        group.amend(Set.of(Actor.UNIT_HEAD));
        group.removeMember(group.lead().orElseThrow());
        assertTrue(group.leadSeatVacant());
        assertRefused("team.leadRequired", () -> group.submitAmendment(Set.of(Actor.UNIT_HEAD)));
        assertRefused("team.leadByNomination", () -> group.addMember(klaten, f.madyaJf, TeamRole.LEAD, null, START));

        LeadNomination n = TeamFixtures.propose(klaten, group, f.madyaJf, f.mudaJf2);
        TeamFixtures.recommend(n, f.madyaJf, null);
        group.appointRecommendedLead(n);
        group.submitAmendment(Set.of(Actor.UNIT_HEAD));
        group.signAmendment(Set.of(Actor.SIGNER));
        assertEquals(f.madyaJf, group.lead().orElseThrow().getEmployee());
        assertEquals(WorkTeamState.ESTABLISHED, group.getState());
    }

    @Test
    void theIssuedDecreeKeepsItsDocument() {
        WorkTeam team = readyTimKerja(TeamFixtures.pasuruan());
        byte[] pdf = {1, 2, 3};
        TeamDecree d = new TeamDecree(team, "800/003/DINKES/2026", START, "800/001/DINKES/2026", "Kadis", pdf);
        pdf[0] = 9;
        assertEquals(1, d.getDocument()[0], "a copy is kept, never the caller's array");
        assertTrue(d.isAmendment());
        assertRefused("team.decreeIncomplete", () -> new TeamDecree(team, " ", START, null, "Kadis", pdf));
        assertRefused("team.decreeIncomplete", () -> new TeamDecree(team, "1", START, null, "Kadis", new byte[0]));
    }

    // ---- members

    @Test
    void membersJoinWithRoleAndTaskOnce() {
        PolicyProfile policy = TeamFixtures.kayongUtara();
        WorkTeam team = f.timKerja(policy);
        team.addMember(policy, f.mudaJf, TeamRole.LEAD, "Memimpin", START);
        team.addMember(policy, f.outsider, TeamRole.MEMBER, "Analisis data", START);
        assertEquals(2, team.getMembers().size());
        assertEquals(f.mudaJf, team.lead().orElseThrow().getEmployee());
        assertEquals(TechnicalApproval.NOT_NEEDED, team.getMembers().get(1).getApproval());
        assertRefused("team.alreadyMember", () -> team.addMember(policy, f.outsider, TeamRole.MEMBER, null, START));
        assertRefused("team.leadExists", () -> team.addMember(policy, f.staff, TeamRole.LEAD, null, START));
        assertRefused("team.roleRequired", () -> team.addMember(policy, f.staff, null, null, START));
    }

    @Test
    void aMemberIsRemovedFromADraft() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = f.timKerja(policy);
        TeamMember m = team.addMember(policy, f.staff, TeamRole.MEMBER, null, START);
        team.removeMember(m);
        assertTrue(team.getMembers().isEmpty());
        assertRefused("team.memberUnknown", () -> team.removeMember(m));
    }

    @Test
    void whereTheSekdaRecommendsTheKetuaOfAKelompokKerjaTheHeadCannotNameItDirectly() {
        PolicyProfile klaten = TeamFixtures.klaten();
        WorkTeam group = f.kelompokKerja(klaten);
        assertRefused("team.leadByNomination", () -> group.addMember(klaten, f.mudaJf, TeamRole.LEAD, null, START));
        WorkTeam adHoc = f.team(klaten, WorkTeamKind.TIM_AD_HOC, START, START.plusMonths(3));
        assertDoesNotThrow(() -> adHoc.addMember(klaten, f.mudaJf, TeamRole.LEAD, null, START));
    }

    @Test
    void technicalRolesOnlyWhereThePolicyHasThemAndOnlyForExpertJf() {
        PolicyProfile ku = TeamFixtures.kayongUtara();
        WorkTeam kuTeam = f.timKerja(ku);
        assertRefused("team.technicalRolesNotUsed",
                () -> kuTeam.addMember(ku, f.madyaJf, TeamRole.TECHNICAL_LEAD, null, START));

        PolicyProfile jb = TeamFixtures.jombang();
        WorkTeam jbTeam = f.timKerja(jb);
        assertRefused("team.technicalNeedsExpertJf",
                () -> jbTeam.addMember(jb, f.staff, TeamRole.TECHNICAL_CONTROLLER, null, START));
        assertRefused("team.technicalNeedsExpertJf",
                () -> jbTeam.addMember(jb, f.terampilJf, TeamRole.TECHNICAL_CONTROLLER, null, START));
        TeamMember pj = jbTeam.addMember(jb, f.madyaJf, TeamRole.TECHNICAL_LEAD, null, START);
        assertEquals(TechnicalApproval.PENDING, pj.getApproval());
        assertTrue(pj.getRole().mayRecommendRatings());
        assertTrue(!TeamRole.MEMBER.mayRecommendRatings() && !TeamRole.LEAD.mayRecommendRatings());
    }

    @Test
    void theSekdaApprovesOrRefusesATechnicalRoleOnce() {
        PolicyProfile jb = TeamFixtures.jombang();
        WorkTeam team = f.timKerja(jb);
        TeamMember pj = team.addMember(jb, f.madyaJf, TeamRole.TECHNICAL_LEAD, null, START);
        TeamMember pt = team.addMember(jb, f.mudaJf, TeamRole.TECHNICAL_CONTROLLER, null, START);
        assertRefused("team.reasonRequired", () -> team.decideTechnical(pt, false, " "));
        team.decideTechnical(pj, true, null);
        team.decideTechnical(pt, false, "Belum memenuhi jenjang");
        assertEquals(TechnicalApproval.APPROVED, pj.getApproval());
        assertEquals(TechnicalApproval.REFUSED, pt.getApproval());
        assertRefused("team.technicalNotPending", () -> team.decideTechnical(pj, true, null));
    }

    // ---- targets

    @Test
    void targetsAreCompleteAndRemovable() {
        WorkTeam team = f.timKerja(TeamFixtures.pasuruan());
        assertRefused("team.targetIncomplete", () -> TargetContent.text("Sasaran", "", "10"));
        TeamTarget first = team.addTarget(target());
        team.addTarget(TargetContent.text("Sasaran 2", "Indikator 2", "5 dokumen"));
        team.removeTarget(first);
        assertEquals("Sasaran 2", team.getTargets().get(0).getObjective());
        assertRefused("team.targetUnknown", () -> team.removeTarget(first));
    }

    // ---- life cycle

    private WorkTeam readyTimKerja(PolicyProfile policy) {
        WorkTeam team = f.timKerja(policy);
        team.addMember(policy, f.mudaJf, TeamRole.LEAD, "Memimpin", START);
        team.addMember(policy, f.staff, TeamRole.MEMBER, "Administrasi", START);
        team.addTarget(target());
        return team;
    }

    @Test
    void submitNeedsALeadAndATarget() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam noLead = f.timKerja(policy);
        noLead.addTarget(target());
        assertRefused("team.leadRequired", () -> noLead.submit(Set.of(Actor.UNIT_HEAD), policy, null));
        WorkTeam noTarget = f.timKerja(policy);
        noTarget.addMember(policy, f.mudaJf, TeamRole.LEAD, null, START);
        assertRefused("team.targetRequired", () -> noTarget.submit(Set.of(Actor.UNIT_HEAD), policy, null));
        WorkTeam ready = readyTimKerja(policy);
        ready.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        assertEquals(WorkTeamState.SUBMITTED, ready.getState());
    }

    @Test
    void submitWaitsForTheSekdaOnTechnicalRoles() {
        PolicyProfile jb = TeamFixtures.jombang();
        WorkTeam team = readyTimKerja(jb);
        TeamMember pj = team.addMember(jb, f.madyaJf, TeamRole.TECHNICAL_LEAD, null, START);
        assertRefused("team.technicalPending", () -> team.submit(Set.of(Actor.UNIT_HEAD), jb, null));
        team.decideTechnical(pj, true, null);
        team.submit(Set.of(Actor.UNIT_HEAD), jb, null);
        assertEquals(WorkTeamState.SUBMITTED, team.getState());
    }

    @Test
    void aSubmittedTeamIsFrozenUntilReturnedWithAReason() {
        PolicyProfile policy = TeamFixtures.kayongUtara();
        WorkTeam team = readyTimKerja(policy);
        team.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        assertRefused("team.wrongState", () -> team.addMember(policy, f.outsider, TeamRole.MEMBER, null, START));
        assertRefused("team.wrongState", () -> team.addTarget(target()));
        assertRefused("team.wrongState", () -> team.submit(Set.of(Actor.UNIT_HEAD), policy, null));
        assertRefused("team.reasonRequired", () -> team.returnToDraft(Set.of(Actor.SIGNER), ""));
        team.returnToDraft(Set.of(Actor.SIGNER), "Tugas anggota belum jelas");
        assertEquals(WorkTeamState.DRAFT, team.getState());
        assertRefused("team.wrongState", () -> team.returnToDraft(Set.of(Actor.SIGNER), "lagi"));
    }

    @Test
    void signingEstablishesASubmittedTeamOnly() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = readyTimKerja(policy);
        assertRefused("team.wrongState", () -> team.establish(Set.of(Actor.SIGNER), "800/001/DINKES/2026", START, "KEPALA", "Kadis", null, null));
        team.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        assertRefused("team.decreeIncomplete", () -> team.establish(Set.of(Actor.SIGNER), " ", START, "KEPALA", "Kadis", null, null));
        team.establish(Set.of(Actor.SIGNER), "800/001/DINKES/2026", START, "KEPALA DINAS KESEHATAN", "Kadis", "Pembina", "198501012010032001");
        assertEquals(WorkTeamState.ESTABLISHED, team.getState());
        assertEquals("800/001/DINKES/2026", team.getDecreeNumber());
        assertRefused("team.wrongState", () -> team.returnToDraft(Set.of(Actor.SIGNER), "terlambat"));
    }

    @Test
    void anEstablishedTeamEndsOrIsDissolvedWithAReason() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam draft = readyTimKerja(policy);
        assertRefused("team.wrongState", () -> draft.end(Set.of(Actor.UNIT_HEAD)));
        assertRefused("error.accessDenied", () -> draft.submit(Set.of(Actor.SIGNER), policy, null));
        assertRefused("team.reasonRequired", () -> draft.dissolve(Set.of(Actor.UNIT_HEAD), null));
        draft.dissolve(Set.of(Actor.UNIT_HEAD), "Tidak jadi dibentuk");
        assertEquals(WorkTeamState.DISSOLVED, draft.getState());
        assertRefused("team.wrongState", () -> draft.dissolve(Set.of(Actor.UNIT_HEAD), "lagi"));

        WorkTeam team = readyTimKerja(policy);
        team.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        team.establish(Set.of(Actor.SIGNER), "800/002/DINKES/2026", START, "KEPALA", "Kadis", null, null);
        team.end(Set.of(Actor.UNIT_HEAD));
        assertEquals(WorkTeamState.ENDED, team.getState());
        assertRefused("team.wrongState", () -> team.end(Set.of(Actor.UNIT_HEAD)));
        assertRefused("team.wrongState", () -> team.dissolve(Set.of(Actor.UNIT_HEAD), "sudah selesai"));
    }

    @Test
    void onlyADraftIsRedescribed() {
        PolicyProfile policy = TeamFixtures.pasuruan();
        WorkTeam team = readyTimKerja(policy);
        team.redescribe("Tim Rujukan Terpadu", null, START, START.plusMonths(6));
        assertEquals("Tim Rujukan Terpadu", team.getName());
        team.submit(Set.of(Actor.UNIT_HEAD), policy, null);
        assertRefused("team.wrongState", () -> team.redescribe("Lain", null, START, START.plusMonths(6)));
    }
}
