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
     * menjadi anggota kelompok kerja yang lain", and Lampiran huruf B angka 2 huruf k: not "secara definitif", i.e.
     * by decree, where the policy has {@code oneGroupPerLead}. Refuses making {@code candidate} ketua of a kelompok
     * kerja while they are ketua of another kelompok kerja whose decree holds (established, or being amended) for
     * a period sharing a day with this one's. Drafts and proposals are no second seat yet; a group of another year
     * (a kelompok kerja lasts one budget year, Pasal 12 ayat (4)) is no double seat, so the ketua of this year's
     * group may be proposed at year end for next year's.
     *
     * @param otherGroupsLed teams (other than this one) the candidate leads now
     */
    public static void requireNoSecondGroup(PolicyProfile policy, WorkTeam team, Employee candidate,
                                            Collection<WorkTeam> otherGroupsLed) {
        if (!policy.isOneGroupPerLead() || team.getKind() != WorkTeamKind.KELOMPOK_KERJA) {
            return;
        }
        otherGroupsLed.stream()
                .filter(t -> t != team && !t.equals(team) && t.getState().isDecreed()
                        && t.getKind() == WorkTeamKind.KELOMPOK_KERJA
                        && t.overlaps(team.getStartDate(), team.getEndDate()))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessRuleException("team.oneGroupPerLead", candidate.getName(), other.getName());
                });
    }

    /**
     * KL Pasal 14 ayat (1) huruf b: "Usulan disampaikan setiap akhir tahun atau setiap terjadi kekosongan Ketua
     * Kelompok Kerja". A kelompok kerja works for one budget year (Pasal 12 ayat (4)), so the year-end proposal is
     * for next year's group and is made from the policy's year-end month to 31 December; a vacancy is proposed for
     * a group of the running year (or an earlier one) whose ketua seat is empty ({@link WorkTeam#leadSeatVacant}):
     * never filled, or left by a ketua who was taken off the team.
     */
    public static void requireOccasionFits(PolicyProfile policy, WorkTeam team, NominationOccasion occasion,
                                           LocalDate today) {
        if (occasion == null) {
            throw new BusinessRuleException("team.occasionRequired");
        }
        boolean nextYearsGroup = team.getStartDate().getYear() > today.getYear();
        switch (occasion) {
            case YEAR_END -> {
                if (!nextYearsGroup) {
                    throw new BusinessRuleException("team.yearEndForNextYear", today.getYear() + 1);
                }
                if (today.getMonthValue() < policy.getYearEndNominationMonth()) {
                    throw new BusinessRuleException("team.yearEndNotYet", policy.getYearEndNominationMonth());
                }
            }
            case VACANCY -> {
                if (nextYearsGroup) {
                    throw new BusinessRuleException("team.vacancyNotForNextYear");
                }
                team.lead().ifPresent(l -> {
                    throw new BusinessRuleException("team.vacancyNotVacant", l.getEmployee().getName());
                });
            }
        }
    }

    /**
     * KL Pasal 16 ayat (3): the ketua of a kelompok kerja signs a Perjanjian Kinerja. A fact, not a granted role:
     * true when one of the teams the person leads is a kelompok kerja whose decree holds and whose period lies in
     * {@code year}. Whether such a ketua signs at all is the policy's ({@code leadsSignAgreement}).
     */
    public static boolean leadsKelompokKerjaIn(Collection<WorkTeam> teamsLed, int year) {
        return teamsLed.stream().anyMatch(t -> t.getKind() == WorkTeamKind.KELOMPOK_KERJA && t.getState().isDecreed()
                && t.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** Whether the person leads any team whose decree holds in {@code year} (to tell them why they do not sign). */
    public static boolean leadsTeamIn(Collection<WorkTeam> teamsLed, int year) {
        return teamsLed.stream().anyMatch(t -> t.getState().isDecreed()
                && t.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
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
