package id.sikerja.infrastructure.seed;

import java.util.List;
import java.util.Map;

/** A government as described by a seed file. Pure data; see {@link SeedParser}. */
public record GovernmentSeed(String code, String name, String shortName, String kind, String regionalHeadTitle,
                             String regulation, long seed, Policy policy, List<Rule> rules,
                             List<DepartmentSeed> departments, List<Login> logins, List<Expectation> expectations,
                             String seat) {

    public record Policy(int performanceOwnerLevel, String assignmentLetterSigner, String crossDepartmentApproval,
                         String leadSelection, boolean oneGroupPerLead, boolean technicalLeadRoles,
                         List<String> groupKinds, boolean requirePlanningDialogue, boolean volunteerNeedsAnnouncement,
                         boolean extraAllowanceReport, boolean targetsDeclareWorkMode, boolean leadsSignAgreement,
                         String letterNumberPattern, boolean assignmentLetterFormOnly,
                         Map<String, String> citations, String volunteerRoute,
                         Map<String, List<String>> decreeSigners, int yearEndNominationMonth, String appointmentRoute,
                         boolean regionalHeadAppoints, boolean preferEqualisedFunctional) {
    }

    public record Target(String kind, Integer level) {
    }

    public record Rule(String id, List<String> unitTypes, List<String> appraiseeClasses, List<String> appraiseeGrades,
                       Boolean appraiseeHeadsUnit, List<Integer> appraiseeUnitLevels, Target appraiser,
                       Target performanceOwner, String citation, List<String> unitCodes, List<String> unitModels,
                       Target unitHead, String delegation) {
    }

    public record DepartmentSeed(String code, String name, String type, UnitSeed root) {
    }

    /**
     * A position with {@code count} people in it; {@code vacantSeats} more seats of its formation are
     * still unfilled (a whole head position that is unfilled is {@code vacant}).
     */
    public record PositionSeed(String title, String positionClass, String grade, int count, boolean vacant,
                               int vacantSeats) {
    }

    public record UnitSeed(String code, String name, String kind, String type, int level, PositionSeed head,
                           List<PositionSeed> positions, List<UnitSeed> children, List<String> models) {
    }

    public record Login(String username, String unit, String position, List<String> grants, String label) {
    }

    public record PositionRef(String unit, String position) {
    }

    /**
     * Who must appraise {@code appraisee} (or which problem is expected), and — when
     * {@code unitHeadDeclared} — who gives them the work ({@code unitHead}, null for nobody).
     */
    public record Expectation(PositionRef appraisee, PositionRef appraiser, String problem, String citation,
                              boolean unitHeadDeclared, PositionRef unitHead) {

        public Expectation(PositionRef appraisee, PositionRef appraiser, String problem, String citation) {
            this(appraisee, appraiser, problem, citation, false, null);
        }
    }
}
