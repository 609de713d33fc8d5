package id.sikerja.application;

import id.sikerja.domain.team.LeadAllowance;
import id.sikerja.domain.team.TeamRole;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The report of the Penanggungjawab and Ketua Kelompok Kerja who receive additional income (KL Pasal 25), for the
 * admin of a government whose policy profile has the report ({@code PolicyProfile#isExtraAllowanceReport}).
 */
public interface LeadAllowances {

    /** Whether the caller may open the report: an admin of a government whose policy has it (for the menu). */
    boolean offered();

    /**
     * Everyone appointed, by a signed decree, as Penanggungjawab or Ketua Kelompok Kerja in a team whose period
     * overlaps {@code year}, who qualifies under Pasal 25 (not a Pejabat Fungsional hasil penyetaraan), by
     * department and name. Refused to anyone but the admin, and where the policy has no such report.
     */
    List<AllowanceRow> report(int year);

    record AllowanceRow(long employeeId, String name, String nip, String positionTitle, String departmentName,
                        TeamRole role, long teamId, String teamName, LocalDate start, LocalDate end,
                        LeadAllowance.Basis basis) implements Serializable {
    }
}
