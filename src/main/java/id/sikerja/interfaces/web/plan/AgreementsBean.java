package id.sikerja.interfaces.web.plan;

import id.sikerja.application.PlanningService;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Perjanjian Kinerja": the caller's agreements, starting one, and the agreements they sign. */
@Named
@ViewScoped
public class AgreementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanningService planning;

    private List<PlanningService.AgreementRow> mine;
    private List<PlanningService.AgreementRow> toApprove;
    private int year = LocalDate.now().getYear();

    public void load() {
        mine = planning.myAgreements();
        toApprove = planning.agreementsToApprove();
    }

    public String start() {
        Long id = UiMessages.attempt(() -> planning.startAgreement(year));
        return id == null ? null : "/plan/agreement?faces-redirect=true&id=" + id;
    }

    public List<PlanningService.AgreementRow> getMine() {
        return mine;
    }

    public List<PlanningService.AgreementRow> getToApprove() {
        return toApprove;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
