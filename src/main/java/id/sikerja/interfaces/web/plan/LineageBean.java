package id.sikerja.interfaces.web.plan;

import id.sikerja.application.Cascading;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Lineage: from a result up to the top agreement, or an agreement indicator with the superior's indicators it
 * serves above it and everything linked below it.
 */
@Named
@ViewScoped
public class LineageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cascading cascading;

    private Long result;
    private Long indicator;
    private List<Cascading.LineageStep> steps;
    private List<Cascading.LineageStep> above = List.of();

    public void load() {
        if (result != null) {
            steps = cascading.lineageUp(result);
        } else if (indicator != null) {
            steps = cascading.lineageDown(indicator);
            List<Cascading.LineageStep> chain = cascading.lineageAbove(indicator);
            // the first step is the indicator itself, which heads the list below
            above = chain.subList(1, chain.size()).stream().map(s -> s.at(s.depth() - 1)).toList();
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

    /** Above an indicator: the superior's indicators it serves, or the mark that it is not linked. */
    public List<Cascading.LineageStep> getAbove() {
        return above;
    }

    public List<Cascading.LineageStep> getSteps() {
        return steps;
    }
}
