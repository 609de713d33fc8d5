package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KL Pasal 24-25 (and JB Pasal 22 ayat (3)): the penyetaraan fact, the preference it gives, the allowance it denies. */
class LeadAllowanceTest {

    private final TeamFixtures f = new TeamFixtures();
    private final LocalDate day = TeamFixtures.START;

    @Test
    void penyetaraanCountsOnlyForAPnsWhileInAFunctionalPosition() {
        assertFalse(f.mudaJf.isEqualisedFunctionalOn(day), "not recorded");
        f.mudaJf.recordEqualisation(true);
        assertTrue(f.mudaJf.isEqualisedFunctionalOn(day));
        assertFalse(f.mudaJf.isEqualisedFunctionalOn(day.minusYears(5)), "before the functional position");
        f.staff.recordEqualisation(true);
        assertFalse(f.staff.isEqualisedFunctionalOn(day), "a Pelaksana holds no functional position");
        Employee nonAsn = new Employee(f.government, "Tenaga Kontrak", EmploymentStatus.NON_ASN, null, Sex.MALE, null, null);
        assertRefused("employee.equalisationPnsOnly", () -> nonAsn.recordEqualisation(true));
        f.mudaJf.updatePersonalData(f.mudaJf.getName(), EmploymentStatus.PPPK, f.mudaJf.getNip(), null, null, null);
        assertFalse(f.mudaJf.isFromEqualisation(), "a PPPK did not come in through penyetaraan");
    }

    /** KL Pasal 25 huruf a (Penanggungjawab) and huruf b (Ketua Kelompok Kerja). */
    @Test
    void penanggungjawabAndKetuaKelompokKerjaNotFromPenyetaraanGetTheAllowance() {
        assertEquals(Optional.of(LeadAllowance.Basis.ADMINISTRATOR_CLASS_11), LeadAllowance.basisFor(f.madyaJf,
                TeamRole.TECHNICAL_LEAD, TechnicalApproval.APPROVED, WorkTeamKind.KELOMPOK_KERJA, day));
        assertEquals(Optional.of(LeadAllowance.Basis.PENGAWAS_CLASS_9), LeadAllowance.basisFor(f.mudaJf,
                TeamRole.LEAD, TechnicalApproval.NOT_NEEDED, WorkTeamKind.KELOMPOK_KERJA, day));
        assertEquals(Optional.of(LeadAllowance.Basis.PENGAWAS_CLASS_9), LeadAllowance.basisFor(f.staff,
                TeamRole.LEAD, TechnicalApproval.NOT_NEEDED, WorkTeamKind.KELOMPOK_KERJA, day), "any PNS, not only JF");
    }

    @Test
    void othersGetNone() {
        f.mudaJf.recordEqualisation(true);
        assertEquals(Optional.empty(), LeadAllowance.basisFor(f.mudaJf, TeamRole.LEAD, TechnicalApproval.NOT_NEEDED,
                WorkTeamKind.KELOMPOK_KERJA, day), "from penyetaraan");
        assertEquals(Optional.empty(), LeadAllowance.basisFor(f.terampilJf, TeamRole.MEMBER, TechnicalApproval.NOT_NEEDED,
                WorkTeamKind.KELOMPOK_KERJA, day), "a member");
        assertEquals(Optional.empty(), LeadAllowance.basisFor(f.terampilJf, TeamRole.LEAD, TechnicalApproval.NOT_NEEDED,
                WorkTeamKind.TIM_AD_HOC, day), "the ketua of a Tim ad hoc");
        assertEquals(Optional.empty(), LeadAllowance.basisFor(f.madyaJf, TeamRole.TECHNICAL_LEAD,
                TechnicalApproval.PENDING, WorkTeamKind.KELOMPOK_KERJA, day), "not yet approved by the Sekda");
        assertEquals(Optional.empty(), LeadAllowance.basisFor(f.madyaJf, TeamRole.TECHNICAL_LEAD,
                TechnicalApproval.REFUSED, WorkTeamKind.KELOMPOK_KERJA, day), "refused by the Sekda");
        Employee contract = new Employee(f.government, "Tenaga Kontrak", EmploymentStatus.NON_ASN, null, Sex.MALE, null,
                null);
        assertEquals(Optional.empty(), LeadAllowance.basisFor(contract, TeamRole.LEAD, TechnicalApproval.NOT_NEEDED,
                WorkTeamKind.KELOMPOK_KERJA, day), "not a PNS");
    }

    /** JB Pasal 22 ayat (3), KL Pasal 24 ayat (1): a preference where the policy has it, nowhere else. */
    @Test
    void theyArePreferredOnlyWhereThePolicySaysSo() {
        f.mudaJf.recordEqualisation(true);
        PolicyProfile klaten = TeamFixtures.klaten();
        klaten.configureAppointment(id.sikerja.domain.policy.AppointmentRoute.APPRAISER_PROPOSES_TO_OWNER, false, true);
        assertTrue(LeadRules.preferredForLead(klaten, f.mudaJf, day));
        assertFalse(LeadRules.preferredForLead(klaten, f.mudaJf2, day), "not from penyetaraan");
        assertFalse(LeadRules.preferredForLead(TeamFixtures.pasuruan(), f.mudaJf, day), "Pasuruan has no such preference");
    }
}
