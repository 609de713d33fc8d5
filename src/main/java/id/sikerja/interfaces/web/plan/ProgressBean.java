package id.sikerja.interfaces.web.plan;

import id.sikerja.application.PlanningService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Progres perencanaan": read-only SKP counts per department, and per unit of a chosen department. */
@Named
@ViewScoped
public class ProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanningService planning;

    private int year = LocalDate.now().getYear();
    private Long department;
    private List<PlanningService.ProgressRow> departments;
    private List<PlanningService.ProgressRow> units;

    public void load() {
        departments = planning.progress(year, null);
        units = department == null ? List.of() : planning.progress(year, department);
    }

    public void show(Long departmentId) {
        department = departmentId;
        load();
    }

    public String getDepartmentName() {
        return departments.stream().filter(d -> d.id().equals(department)).map(PlanningService.ProgressRow::name)
                .findFirst().orElse("");
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public List<PlanningService.ProgressRow> getDepartments() {
        return departments;
    }

    public List<PlanningService.ProgressRow> getUnits() {
        return units;
    }
}
