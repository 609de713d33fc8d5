package id.sikerja.interfaces.web.plan;

import id.sikerja.application.Cascading;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Lineage: from a result up to the top agreement, or from an agreement indicator down to every result. */
@Named
@ViewScoped
public class LineageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cascading cascading;

    private Long result;
    private Long indicator;
    private List<Cascading.LineageStep> steps;

    public void load() {
        if (result != null) {
            steps = cascading.lineageUp(result);
        } else if (indicator != null) {
            steps = cascading.lineageDown(indicator);
        } else {
            throw new NotFoundException("lineage", "");
        }
    }

    public boolean isUpward() {
        return result != null;
    }

    public Long getResult() {
        return result;
    }

    public void setResult(Long result) {
        this.result = result;
    }

    public Long getIndicator() {
        return indicator;
    }

    public void setIndicator(Long indicator) {
        this.indicator = indicator;
    }

    public List<Cascading.LineageStep> getSteps() {
        return steps;
    }
}
