package id.sikerja.application;

import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Secondment requests across units (KU Lampiran I B.a.2)) and departments (B.a.3)): a unit head asks,
 * the chain of the government's policy answers step by step, the target side names people and their
 * assignments follow. Letters: the request, the Kepala Daerah's recommendation, the approval answer.
 */
public interface Secondments {

    /** Units of other units/departments the caller may ask people from. */
    List<UnitOption> targetUnits(String text);

    /** A unit head asks for people; returns the request's id. */
    long request(@NotNull NewSecondment data);

    /** The person named for the current step approves it. */
    void approveStep(long id, int version);

    /**
     * The person named for the current step refuses with a reason; the chain ends, except that a refusal of the
     * Kepala Daerah still waits for the target side's answer (KU Lampiran I B.a.3)c)).
     */
    void refuseStep(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    /** The target side answers a refusal with its reasons; the request ends refused with that answer letter. */
    void answerRefusal(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    /** The target authority sends the list of people back to whoever named them, with a reason. */
    void returnAnswer(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    /**
     * The target side names people (from its subtree); their assignments are created, or, where the target
     * authority approves the answer first, when it does.
     */
    void nominate(long id, int version, @NotNull Nomination nomination);

    /** People of the target unit's subtree, for the nomination step. */
    List<Assignments.PersonOption> candidates(long id);

    List<SecondmentRow> involving();

    SecondmentView secondment(long id);

    /** One of the request's letters as PDF, once it has its number. */
    byte[] letterPdf(long id, @NotNull SecondmentLetter letter);

    enum SecondmentLetter {
        REQUEST, RECOMMENDATION, ANSWER
    }

    record NewSecondment(Long targetUnitId, String purpose, String competences, String expectedTargets,
                         String duration, LocalDate startDate, LocalDate endDate, int headcount) implements Serializable {
    }

    record Nomination(List<Long> employeeIds, AssignmentRole role, String roleDetail, List<String> tasks)
            implements Serializable {
    }

    record UnitOption(long id, String name, String departmentName) implements Serializable {
        public String label() {
            return name + " — " + departmentName;
        }

        /** Unique and starting with the name: pickers convert by it and search by its first part. */
        @Override
        public String toString() {
            return label() + " — #" + id;
        }
    }

    record SecondmentRow(long id, AssignmentScope scope, String requestingUnitName, String targetUnitName,
                         String purpose, SecondmentStatus status, SecondmentStep currentStep, String awaitingName,
                         boolean mine) implements Serializable {
    }

    record StepView(SecondmentStep step, String state) implements Serializable {
    }

    record SecondmentView(long id, int version, AssignmentScope scope, String requestingUnitName,
                          String requestingDepartmentName, String requesterName, String targetUnitName,
                          String targetDepartmentName, String purpose, String competences, String expectedTargets,
                          String duration, LocalDate startDate, LocalDate endDate, int headcount,
                          SecondmentStatus status, SecondmentStep currentStep, String awaitingName, boolean myStep,
                          List<StepView> steps, SecondmentStep refusedStep, String refusalReason,
                          String requestNumber, String recommendationNumber, String answerNumber,
                          List<Assignments.AssignmentRow> assignments, List<AuditTrail.Entry> history,
                          List<String> nomineeNames, String refusalAnswer)
            implements Serializable {
    }
}
