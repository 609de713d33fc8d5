package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.policy.WorkTeamKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * KL Pasal 25: "PNS selain jabatan fungsional hasil penyetaraan yang ditunjuk sebagai" Penanggungjawab receives
 * additional income of 20 % of that of an administrator position of class 11 in the department (huruf a), and
 * as Ketua Kelompok Kerja 20 % of that of a supervisor (pengawas) position of class 9 (huruf b). The amounts
 * themselves follow the Bupati's regulation on additional income (tambahan penghasilan pegawai), which Sikerja
 * does not hold: it says who qualifies and on which basis.
 */
public final class LeadAllowance {

    /** The position whose additional income the 20 % is taken from. */
    public enum Basis {
        /** Pasal 25 huruf a: Penanggungjawab. */
        ADMINISTRATOR_CLASS_11,
        /** Pasal 25 huruf b: Ketua Kelompok Kerja. */
        PENGAWAS_CLASS_9
    }

    private LeadAllowance() {
    }

    /**
     * The basis of the allowance of {@code person} appointed in a team of {@code kind} as {@code role}, judged on
     * {@code on}; empty when Pasal 25 gives none: not a PNS (PPPK and non-ASN staff are not named), a Pejabat
     * Fungsional hasil penyetaraan ({@link Employee#isEqualisedFunctionalOn}), an ordinary member, the ketua of a
     * team that is not a Kelompok Kerja (a Tim ad hoc's ketua is not named), or a Penanggungjawab whose
     * appointment the Sekda has not approved (or refused).
     */
    public static Optional<Basis> basisFor(Employee person, TeamRole role, TechnicalApproval approval,
                                           WorkTeamKind kind, LocalDate on) {
        if (person.getStatus() != EmploymentStatus.PNS || person.isEqualisedFunctionalOn(on)) {
            return Optional.empty();
        }
        if (role == TeamRole.TECHNICAL_LEAD && approval != TechnicalApproval.PENDING
                && approval != TechnicalApproval.REFUSED) {
            return Optional.of(Basis.ADMINISTRATOR_CLASS_11);
        }
        if (role == TeamRole.LEAD && kind == WorkTeamKind.KELOMPOK_KERJA) {
            return Optional.of(Basis.PENGAWAS_CLASS_9);
        }
        return Optional.empty();
    }
}
