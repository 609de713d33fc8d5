package id.sikerja.interfaces.web.work;

import id.sikerja.application.Assignments;
import id.sikerja.application.Secondments;
import id.sikerja.application.Secondments.UnitOption;
import id.sikerja.application.Volunteering;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Penugasan Saya": the employee's own assignments and letters, voluntary applications and open needs. */
@Named
@ViewScoped
public class MyAssignmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient Secondments secondments;

    @Inject
    transient Volunteering volunteering;

    private List<Assignments.AssignmentRow> rows;
    private List<Volunteering.NeedRow> needs;
    private List<Volunteering.ApplicationRow> applications;

    private Long needId;
    private UnitOption targetUnit;
    private String offer;
    private String tasks;
    private LocalDate startDate = LocalDate.now();
    private LocalDate endDate;

    public void load() {
        rows = assignments.mine();
        needs = volunteering.openNeeds();
        applications = volunteering.applicationsInvolving();
    }

    public void apply() {
        Long id = UiMessages.attempt(() -> volunteering.apply(new Volunteering.NewApplication(
                targetUnit == null ? null : targetUnit.id(), needId, offer, tasks == null ? List.of() : List.of(tasks),
                startDate, endDate)));
        if (id != null) {
            UiMessages.info("volunteer.applied");
            needId = null;
            targetUnit = null;
            offer = null;
            tasks = null;
            load();
        }
    }

    public List<UnitOption> completeUnit(String text) {
        return secondments.targetUnits(ManageAssignmentsBean.searchPart(text, " — "));
    }

    public List<Assignments.AssignmentRow> getRows() {
        return rows;
    }

    public List<Volunteering.NeedRow> getNeeds() {
        return needs;
    }

    public List<Volunteering.ApplicationRow> getApplications() {
        return applications;
    }

    public Long getNeedId() {
        return needId;
    }

    public void setNeedId(Long needId) {
        this.needId = needId;
    }

    public UnitOption getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(UnitOption targetUnit) {
        this.targetUnit = targetUnit;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
