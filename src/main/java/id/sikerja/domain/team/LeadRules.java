package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.BusinessRuleException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The rules for who leads a team, each in one method citing its article; the variant comes from the policy. */
public final class LeadRules {

    private LeadRules() {
    }

    /**
     * Whether a person is marked as preferred when choosing a ketua or a Penanggung Jawab: a Pejabat Fungsional
     * hasil penyetaraan on {@code on}, where the policy prefers them (JB Pasal 22 ayat (3): Penanggung Jawab and
     * Pengendali Teknis Kegiatan; KL Pasal 24 ayat (1): Penanggungjawab and Ketua Kelompok Kerja). A preference,
     * not a condition: others may still be chosen.
     */
    public static boolean preferredForLead(PolicyProfile policy, Employee employee, LocalDate on) {
        return policy.isPreferEqualisedFunctional() && employee.isEqualisedFunctionalOn(on);
    }

    /**
     * Whether the ketua of a team of this kind must be proposed to the Sekda: KL Pasal 14 ayat (1) for a
     * kelompok kerja where the policy's lead selection is {@link LeadSelection#NOMINATION_TO_SECRETARY}.
     */
    public static boolean nominationRequired(PolicyProfile policy, WorkTeamKind kind) {
        return policy.getLeadSelection() == LeadSelection.NOMINATION_TO_SECRETARY && kind == WorkTeamKind.KELOMPOK_KERJA;
    }

    /** Refuses naming a ketua directly where KL Pasal 14 ayat (1) requires a nomination to the Sekda. */
    public static void requireDirectLeadAllowed(PolicyProfile policy, WorkTeamKind kind) {
        if (nominationRequired(policy, kind)) {
            throw new BusinessRuleException("team.leadByNomination");
        }
    }

    /**
     * KL Pasal 14 ayat (1) huruf d: the department head establishes the kelompok kerja only after the Sekda's
     * recommendation, so its ketua must be the recommended candidate of the latest nomination.
     */
    public static void requireRecommendedLead(PolicyProfile policy, WorkTeamKind kind, Employee lead,
                                              LeadNomination latest) {
        if (!nominationRequired(policy, kind)) {
            return;
        }
        if (latest == null || latest.getState() != NominationState.RECOMMENDED
                || !(latest.getRecommended() == lead || latest.getRecommended().equals(lead))) {
            throw new BusinessRuleException("team.leadNotRecommended");
        }
    }

    /**
     * KL Pasal 27: "Ketua Kelompok Kerja tidak dapat merangkap menjadi Ketua Kelompok Kerja lain tetapi dapat
     * menjadi anggota kelompok kerja yang lain", where the policy has {@code oneGroupPerLead}. Refuses making
     * {@code candidate} ketua of a kelompok kerja while they lead another active one.
     *
     * @param otherGroupsLed active teams (other than this one) the candidate leads now
     */
    public static void requireNoSecondGroup(PolicyProfile policy, WorkTeam team, Employee candidate,
                                            Collection<WorkTeam> otherGroupsLed) {
        if (!policy.isOneGroupPerLead() || team.getKind() != WorkTeamKind.KELOMPOK_KERJA) {
            return;
        }
        otherGroupsLed.stream()
                .filter(t -> t != team && !t.equals(team) && t.isActive() && t.getKind() == WorkTeamKind.KELOMPOK_KERJA)
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessRuleException("team.oneGroupPerLead", candidate.getName(), other.getName());
                });
    }

    /**
     * KU Pasal 10 ayat (3), JB Pasal 21 huruf b, KL Pasal 12 ayat (8): in a cross-unit team the ketua "diutamakan"
     * comes from the owner unit. A preference, so a warning, never a refusal: true when the lead sits outside the
     * owner unit's subtree.
     */
    public static boolean leadOutsideOwnerUnit(WorkTeam team, Employee lead, LocalDate on) {
        Optional<OrgUnit> unit = WorkTeam.unitOf(lead, on);
        // getPath(), not OrgUnit.contains: the lead's unit may be a lazy proxy whose fields are empty
        return unit.isEmpty() || !unit.get().getPath().startsWith(team.getOwnerUnit().getPath());
    }

    /**
     * JB Pasal 22: technical roles exist only where the policy has them and go to a Pejabat Fungsional (of the
     * keahlian category, whose grades Madya and Muda the article names).
     */
    public static void requireTechnicalRoleAllowed(PolicyProfile policy, Employee employee, LocalDate on) {
        if (!policy.isTechnicalLeadRoles()) {
            throw new BusinessRuleException("team.technicalRolesNotUsed");
        }
        if (WorkTeam.classOf(employee, on).orElse(null) != PositionClass.FUNGSIONAL_KEAHLIAN) {
            throw new BusinessRuleException("team.technicalNeedsExpertJf", employee.getName());
        }
    }

    /**
     * JB Pasal 22 ayat (3): the Penanggung Jawab Teknis Kegiatan is "diutamakan" JF Ahli Madya, the Pengendali
     * Teknis Kegiatan JF Ahli Muda. A preference: true when the holder's grade differs (shown as a warning).
     */
    public static boolean technicalGradeDiffers(TeamRole role, Employee employee, LocalDate on) {
        if (!role.isTechnical()) {
            return false;
        }
        FunctionalGrade expected = role == TeamRole.TECHNICAL_LEAD ? FunctionalGrade.AHLI_MADYA : FunctionalGrade.AHLI_MUDA;
        FunctionalGrade actual = employee.placementOn(on).map(Placement::getPosition).map(Position::getGrade).orElse(null);
        return actual != expected;
    }
}
