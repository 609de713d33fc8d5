package id.sikerja.interfaces.web;

import id.sikerja.application.LeadAllowances;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The admin's report of the leads who receive additional income (KL Pasal 25), one year at a time. */
@Named
@ViewScoped
public class AllowanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LeadAllowances allowances;

    private int year = LocalDate.now().getYear();
    private List<LeadAllowances.AllowanceRow> rows = List.of();

    public void load() {
        List<LeadAllowances.AllowanceRow> found = UiMessages.attempt(() -> allowances.report(year));
        rows = found == null ? List.of() : found;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<LeadAllowances.AllowanceRow> getRows() {
        return rows;
    }
}
