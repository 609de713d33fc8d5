package id.sikerja.application;

import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.VolunteerStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Voluntary applications (pengajuan sukarela, KU Pasal 11 ayat (4)) and the needs unit heads announce
 * for them (KL Lampiran 2.q.2)). A granted application becomes an assignment of mode VOLUNTEER.
 */
public interface Volunteering {

    /** A unit head announces a need in their unit; returns its id. */
    long announce(@NotNull NewNeed need);

    void closeNeed(long id, int version);

    /** Open needs the caller may apply to (their unit and above) or announced in units they head. */
    List<NeedRow> openNeeds();

    /** The caller applies; returns the application's id. */
    long apply(@NotNull NewApplication application);

    void approveApplication(long id, int version);

    void refuseApplication(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    List<ApplicationRow> applicationsInvolving();

    ApplicationView application(long id);

    record NewNeed(String title, String description, LocalDate openUntil) implements Serializable {
    }

    record NewApplication(Long targetUnitId, Long needId, String offer, List<String> tasks, LocalDate startDate,
                          LocalDate endDate) implements Serializable {
    }

    record NeedRow(long id, int version, String title, String description, String unitName, LocalDate openUntil,
                   boolean mine) implements Serializable {
        /** Unique and starting with the title, for pickers. */
        @Override
        public String toString() {
            return title + " — " + unitName + " — #" + id;
        }
    }

    record ApplicationRow(long id, String employeeName, String targetUnitName, AssignmentScope scope,
                          SecondmentStatus status, VolunteerStep currentStep, String awaitingName, boolean myStep)
            implements Serializable {
    }

    record ApplicationView(long id, int version, String employeeName, String ownUnitName, String targetUnitName,
                           String needTitle, AssignmentScope scope, String offer, List<String> tasks,
                           LocalDate startDate, LocalDate endDate, SecondmentStatus status, VolunteerStep currentStep,
                           String awaitingName, boolean myStep, List<VolunteerStep> steps, VolunteerStep refusedStep,
                           String refusalReason, Long assignmentId, List<AuditTrail.Entry> history)
            implements Serializable {
    }
}
