package id.sikerja.interfaces.web.execute;

import id.sikerja.application.WorkLogs;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Catatan Kerja": one short form to record what was done today (with a photo or a PDF as evidence), then the
 * recent entries. With {@code ?employee=} a head, appraiser or ketua reads someone's entries instead.
 */
@Named
@ViewScoped
public class WorkLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkLogs logs;

    private Long employee;
    private List<WorkLogs.LogRow> rows = List.of();
    private WorkLogs.Choices choices = new WorkLogs.Choices(List.of(), List.of());

    private LocalDate date = LocalDate.now();
    private String description;
    private Long resultId;
    private Long teamId;
    private BigDecimal quantity;
    private String unit;
    private List<WorkLogs.Person> collaborators = new ArrayList<>();
    private transient UploadedFile file;
    private final Map<Long, WorkLogs.Person> people = new HashMap<>();

    public void load() {
        if (employee != null) {
            rows = logs.of(employee);
            return;
        }
        rows = logs.mine();
        choices = logs.choices();
    }

    /** Records the entry, then its evidence; a refused file leaves the entry recorded and says why. */
    public void save() {
        WorkLogs.NewLog entry = new WorkLogs.NewLog(date, description, resultId, teamId, quantity, unit,
                collaborators.stream().map(WorkLogs.Person::id).toList());
        boolean hasFile = file != null && file.getFileName() != null && !file.getFileName().isBlank();
        if (hasFile && file.getSize() <= 0) {
            UiMessages.error("evidence.empty");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Long id = UiMessages.attempt(() -> logs.record(entry));
        if (id == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (hasFile) {
            UploadedFile f = file;
            Long evidence = UiMessages.attempt(() -> logs.attach(id, f.getFileName(), f.getSize(), f::getInputStream));
            if (evidence == null) {
                UiMessages.error("worklog.savedWithoutEvidence");
                reset();
                load();
                return;
            }
        }
        UiMessages.info("worklog.saved");
        reset();
        load();
    }

    public void remove(WorkLogs.LogRow row) {
        if (UiMessages.attempt(() -> logs.remove(row.id(), row.version()))) {
            UiMessages.info("worklog.removed");
        }
        load();
    }

    private void reset() {
        description = null;
        quantity = null;
        unit = null;
        collaborators = new ArrayList<>();
        file = null;
    }

    public List<WorkLogs.Person> completePerson(String text) {
        List<WorkLogs.Person> found = logs.people(text);
        found.forEach(p -> people.put(p.id(), p));
        return found;
    }

    /** Collaborators picked from the completion list, by id. */
    public Converter<WorkLogs.Person> getPersonConverter() {
        return new Converter<>() {
            @Override
            public WorkLogs.Person getAsObject(FacesContext context, UIComponent component, String value) {
                try {
                    return value == null || value.isBlank() ? null : people.get(Long.valueOf(value));
                } catch (NumberFormatException e) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, WorkLogs.Person value) {
                return value == null ? "" : Long.toString(value.id());
            }
        };
    }

    public static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public boolean isOwnPage() {
        return employee == null;
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public List<WorkLogs.LogRow> getRows() {
        return rows;
    }

    public WorkLogs.Choices getChoices() {
        return choices;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getResultId() {
        return resultId;
    }

    public void setResultId(Long resultId) {
        this.resultId = resultId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public List<WorkLogs.Person> getCollaborators() {
        return collaborators;
    }

    public void setCollaborators(List<WorkLogs.Person> collaborators) {
        this.collaborators = collaborators == null ? new ArrayList<>() : new ArrayList<>(collaborators);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
