package id.sikerja.application;

import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.AppraiserTargetKind;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.VolunteerRoute;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.WorkTeamKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Writes to the organisation model: the personnel office (ADMIN) of the caller's government only.
 * Every update names the version the user saw; a newer version means someone else saved first and
 * the update is refused ({@link id.sikerja.domain.shared.ConcurrentEditException}).
 */
public interface OrganisationAdministration {

    long createDepartment(@NotBlank String code, @NotBlank String name, @NotNull UnitType type);

    void updateDepartment(long departmentId, int version, @NotBlank String name, @NotNull UnitType type);

    long createUnit(long parentUnitId, @NotBlank String code, @NotBlank String name, @NotNull UnitKind kind,
                    UnitType type, int level);

    void updateUnit(long unitId, int version, @NotBlank String name, UnitType type);

    /**
     * Sets the structure-model tags of a unit (KU Lampiran I huruf B: models apply per Bagian or Dinas);
     * appraiser rules select units by them. An empty set: the unit inherits its parent's tags.
     */
    void tagStructureModels(long unitId, int version, @NotNull Set<String> models);

    long createPosition(long unitId, @NotBlank String title, @NotNull PositionClass positionClass,
                        FunctionalGrade grade, boolean headsUnit, int capacity);

    void updatePosition(long positionId, int version, @NotBlank String title, @NotNull PositionClass positionClass,
                        FunctionalGrade grade, int capacity);

    long createEmployee(@Valid @NotNull EmployeeData data);

    void updateEmployee(long employeeId, int version, @Valid @NotNull EmployeeData data);

    /** Places the employee in a position from a date; the previous placement closes the day before. */
    void placeEmployee(long employeeId, int version, long positionId, @NotNull LocalDate start, String reason);

    void endPlacement(long employeeId, int version, @NotNull LocalDate lastDay);

    void overrideAppraiser(long employeeId, long appraiserId, @NotBlank @Size(min = 10, max = 1000) String reason);

    void revokeAppraiserOverride(long employeeId);

    long saveRule(@Valid @NotNull RuleData rule);

    void deleteRule(long ruleId);

    List<RuleData> rules();

    PolicyData policy();

    void updatePolicy(@Valid @NotNull PolicyData policy);

    long createAccount(long employeeId, @NotBlank String username, @NotBlank @Size(min = 8) String password);

    void grant(long accountId, @NotNull Role role);

    void revoke(long accountId, @NotNull Role role);

    /** The sign-in accounts of one employee, with the roles granted by hand. */
    java.util.List<AccountView> accounts(long employeeId);

    /** Blocks or re-opens sign-in with an account (someone left, a password leaked). */
    void setAccountEnabled(long accountId, boolean enabled);

    record AccountView(long id, String username, boolean enabled, Set<Role> grants, boolean locked) {
    }

    /** Who changed an employee's master data and when, newest first (admin and oversight). */
    java.util.List<RevisionView> employeeRevisions(long employeeId);

    /** One version of an employee's record; {@code changed} names the fields changed by it. */
    record RevisionView(java.time.OffsetDateTime at, String username, String kind, java.util.List<String> changed,
                        String name, String nip, String rankCode, String status, String email, String phone) {
    }

    record EmployeeData(@NotBlank @Size(max = 200) String name, @NotNull EmploymentStatus status, String nip, Sex sex,
                        LocalDate birthDate, String rankCode, @Size(max = 200) String email,
                        @Size(max = 40) String phone) {
    }

    record RuleData(Long id, Integer version, @NotBlank String ruleCode, Set<UnitType> unitTypes,
                    Set<PositionClass> appraiseeClasses, Set<FunctionalGrade> appraiseeGrades,
                    Boolean appraiseeHeadsUnit, Set<Integer> appraiseeUnitLevels,
                    @NotNull AppraiserTargetKind appraiserKind, Integer appraiserLevel,
                    AppraiserTargetKind ownerKind, Integer ownerLevel, String citation,
                    Set<String> unitCodes, Set<String> unitModels, AppraiserTargetKind unitHeadKind,
                    Integer unitHeadLevel, String delegationBasis) {
    }

    record PolicyData(int version, int performanceOwnerLevel, @NotNull LetterSigner assignmentLetterSigner,
                      @NotNull CrossDepartmentApproval crossDepartmentApproval, @NotNull LeadSelection leadSelection,
                      boolean oneGroupPerLead, boolean technicalLeadRoles, @NotNull Set<WorkTeamKind> groupKinds,
                      boolean requirePlanningDialogue, boolean volunteerNeedsAnnouncement,
                      boolean extraAllowanceReport, boolean targetsDeclareWorkMode, boolean leadsSignAgreement,
                      @Size(max = 120) String letterNumberPattern, boolean assignmentLetterFormOnly, String citations,
                      @Size(max = 100) String seat, @NotNull VolunteerRoute volunteerRoute,
                      @NotNull id.sikerja.domain.policy.AppointmentRoute appointmentRoute, boolean regionalHeadAppoints,
                      boolean preferEqualisedFunctional, @Size(max = 300) String decreeSigners, int yearEndNominationMonth) {
    }
}
