package id.sikerja.application;

import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.AppraisalProblem;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read side of the organisation, always within the caller's scope. */
public interface OrganisationQueries {

    /** The caller's government. */
    GovernmentView government();

    /** The root unit of each department (the tree is visible to everyone of the government). */
    List<UnitNode> rootNodes();

    List<UnitNode> childNodes(long unitId);

    /** Units whose name or code contains the text, with their chain of parents. */
    List<UnitNode> searchUnits(String text);

    /** A unit page: positions, people and who appraises whom. Only within scope. */
    UnitView unit(long unitId);

    /** An employee page. Only within scope. */
    EmployeeView employee(long employeeId);

    /** A page of the employees the caller may see. */
    List<EmployeeRow> employees(String text, int first, int pageSize, String sortField, boolean ascending);

    long countEmployees(String text);

    /** Active positions whose title or unit name contains the text (for placing people). */
    List<PositionOption> searchPositions(String text);

    /** Everyone whose appraiser cannot be derived, for the admin to resolve. */
    List<ProblemRow> appraisalProblems();

    /** What waits for the caller, per role. */
    HomeView home();

    /** The departments of the caller's government, by name (for pickers). */
    List<DepartmentOption> departments();

    record DepartmentOption(long id, String code, String name) {
    }

    record GovernmentView(long id, String code, String name, String shortName, String regionalHeadTitle,
                          String regulation) {
    }

    /** A unit in the tree; {@code openable}: the caller may open its unit page (else it is shown, not linked). */
    record UnitNode(long id, String code, String name, UnitKind kind, UnitType type, int level, String departmentName,
                    String headTitle, String headName, long headcount, boolean hasChildren, String path,
                    boolean openable) {
    }

    record PositionRow(long id, String title, PositionClass positionClass, FunctionalGrade grade, boolean headsUnit,
                       int capacity, long filled, boolean active, int version) {
    }

    record PersonRow(long employeeId, String name, String nip, String positionTitle, boolean head,
                     String appraiserName, Long appraiserId, AppraisalProblem problem, boolean overridden) {
    }

    record UnitView(long id, String code, String name, UnitKind kind, UnitType type, int level, String path,
                    long departmentId, String departmentName, List<UnitNode> breadcrumbs, String headName,
                    List<PositionRow> positions, List<PersonRow> people, List<UnitNode> children, int version,
                    boolean editable, String structureModels, String effectiveStructureModels) {
    }

    record PlacementRow(long id, String positionTitle, String unitName, long unitId, LocalDate startDate,
                        LocalDate endDate, String reason) {
    }

    record AppraisalView(Long appraiserId, String appraiserName, String appraiserPosition, Long unitHeadId,
                         String unitHeadName, String performanceOwnerName, AppraisalProblem problem, String ruleCode,
                         String citation, boolean overridden, String overrideReason, String overrideBy) {
    }

    record EmployeeView(long id, String name, String nip, EmploymentStatus status, String rankCode, String rankLabel,
                        String sex, LocalDate birthDate, String email, String phone, int version,
                        String positionTitle, Long positionId, String unitName, Long unitId,
                        List<PlacementRow> placements, AppraisalView appraisal, List<String> usernames,
                        Set<Role> roles, boolean editable, boolean fromEqualisation) {
    }

    /** A position offered when placing someone, with the seats still free today. */
    record PositionOption(long id, String title, String unitName, boolean headsUnit, int freeSeats) {
        public String label() {
            return title + " — " + unitName;
        }
    }

    record ProblemRow(long employeeId, String name, String nip, String positionTitle, String unitName, long unitId,
                      AppraisalProblem problem, String detail) {
    }

    record HomeView(String displayName, Set<Role> roles, String positionTitle, String unitName, Long unitId,
                    String appraiserName, AppraisalProblem appraisalProblem, List<UnitNode> headedUnits,
                    long appraiseeCount, long departmentCount, long unitCount, long employeeCount,
                    long problemCount) {
    }
}
