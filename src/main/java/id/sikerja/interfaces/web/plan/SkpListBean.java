package id.sikerja.interfaces.web.plan;

import id.sikerja.application.SkpService;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** "SKP Saya" and "SKP bawahan": the caller's SKPs and those they appraise. */
@Named
@ViewScoped
public class SkpListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SkpService skps;

    private List<SkpService.SkpRow> mine;
    private List<SkpService.SkpRow> appraisees;

    public void load() {
        mine = skps.mySkps();
        appraisees = skps.appraiseeSkps();
    }

    public String start() {
        Long id = UiMessages.attempt(skps::startMySkp);
        return id == null ? null : "/plan/skp?faces-redirect=true&id=" + id;
    }

    public boolean isNeedsNew() {
        return mine.stream().noneMatch(r -> r.year() == java.time.LocalDate.now().getYear()
                && r.state() != id.sikerja.domain.planning.SkpState.CLOSED && !r.outdated());
    }

    public List<SkpService.SkpRow> getMine() {
        return mine;
    }

    public List<SkpService.SkpRow> getAppraisees() {
        return appraisees;
    }
}
