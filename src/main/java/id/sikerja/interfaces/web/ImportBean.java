package id.sikerja.interfaces.web;

import id.sikerja.application.ImportService;
import id.sikerja.application.ImportService.ImportError;
import id.sikerja.application.ImportService.ImportReport;
import id.sikerja.application.ImportService.Limits;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The admin's import page: uploads a units or employees file (CSV or .xlsx), runs the import or only
 * checks it, and keeps the report for the summary and the table of errors.
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportService importService;

    // An upload lives for one request only; it is never kept with the view.
    private transient UploadedFile unitsFile;
    private transient UploadedFile employeesFile;

    private boolean unitsDryRun;
    private boolean employeesDryRun;

    private Limits limits;
    private ImportReport report;
    private String fileName;
    private boolean dryRun;

    /** f:viewAction: the limits to show; refuses anyone but ADMIN (the service checks again on import). */
    public void load() {
        limits = importService.limits();
    }

    public void importUnits() {
        run(unitsFile, unitsDryRun, importService::importUnits);
        unitsFile = null;
    }

    public void importEmployees() {
        run(employeesFile, employeesDryRun, importService::importEmployees);
        employeesFile = null;
    }

    @FunctionalInterface
    private interface Importer {
        ImportReport run(InputStream in, String fileName, boolean dryRun);
    }

    private void run(UploadedFile file, boolean checkOnly, Importer importer) {
        report = null;
        if (file == null || file.getSize() <= 0 || file.getFileName() == null || file.getFileName().isBlank()) {
            UiMessages.error("import.noFile");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            ImportReport result = UiMessages.attempt(() -> importer.run(in, name, checkOnly));
            if (result != null) {
                report = result;
                fileName = name;
                dryRun = checkOnly;
            }
        } catch (IOException e) {
            UiMessages.error("import.uploadFailed");
        }
    }

    /** An error's message in the user's language. */
    public String message(ImportError error) {
        return UiMessages.text(error.messageKey(), error.args().toArray());
    }

    /** The summary sentence of the last import: done, checked without errors, or refused. */
    public String getSummary() {
        if (report == null) {
            return null;
        }
        if (!report.succeeded()) {
            return UiMessages.text("import.summary.failed", getErrorCount());
        }
        return dryRun ? UiMessages.text("import.summary.checked", report.rowsRead())
                : UiMessages.text("import.summary.done", report.rowsWritten());
    }

    public ImportReport getReport() {
        return report;
    }

    public boolean isSucceeded() {
        return report != null && report.succeeded();
    }

    public boolean isFailed() {
        return report != null && !report.succeeded();
    }

    /** Errors found, including those beyond the ones the report lists (its last entry counts them). */
    public int getErrorCount() {
        List<ImportError> errors = getErrors();
        if (errors.isEmpty()) {
            return 0;
        }
        ImportError last = errors.get(errors.size() - 1);
        boolean truncated = "import.moreErrors".equals(last.messageKey()) && !last.args().isEmpty()
                && last.args().get(0) instanceof Number;
        return truncated ? errors.size() - 1 + ((Number) last.args().get(0)).intValue() : errors.size();
    }

    public List<ImportError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public int getRowsRead() {
        return report == null ? 0 : report.rowsRead();
    }

    public int getRowsWritten() {
        return report == null ? 0 : report.rowsWritten();
    }

    /** "units" or "employees": which import the report is about (for the bundle key). */
    public String getKind() {
        return report == null ? null : report.kind().name().toLowerCase(Locale.ROOT);
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Integer getMaxRows() {
        return limits == null ? null : limits.maxRows();
    }

    public Long getMaxBytes() {
        return limits == null ? null : limits.maxBytes();
    }

    /** The byte limit in megabytes, for the page text. */
    public Double getMaxMegabytes() {
        return limits == null ? null : limits.maxBytes() / (1024.0 * 1024.0);
    }

    public UploadedFile getUnitsFile() {
        return unitsFile;
    }

    public void setUnitsFile(UploadedFile unitsFile) {
        this.unitsFile = unitsFile;
    }

    public UploadedFile getEmployeesFile() {
        return employeesFile;
    }

    public void setEmployeesFile(UploadedFile employeesFile) {
        this.employeesFile = employeesFile;
    }

    public boolean isUnitsDryRun() {
        return unitsDryRun;
    }

    public void setUnitsDryRun(boolean unitsDryRun) {
        this.unitsDryRun = unitsDryRun;
    }

    public boolean isEmployeesDryRun() {
        return employeesDryRun;
    }

    public void setEmployeesDryRun(boolean employeesDryRun) {
        this.employeesDryRun = employeesDryRun;
    }
}
