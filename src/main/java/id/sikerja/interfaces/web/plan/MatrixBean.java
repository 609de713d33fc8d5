package id.sikerja.interfaces.web.plan;

import id.sikerja.application.Cascading;
import id.sikerja.application.Cascading.MatrixView;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Matriks Peran Hasil of an approved agreement: the head writes, per person below and per indicator,
 * the result that person delivers; saving starts or fills the people's SKP drafts in one action.
 */
@Named
@ViewScoped
public class MatrixBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cascading cascading;

    private Long id;
    private MatrixView matrix;
    private Map<String, String> cells = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException("agreement", "");
        }
        matrix = cascading.matrix(id);
        cells = new HashMap<>(matrix.cells());
    }

    public String key(long employeeId, long indicatorId) {
        return MatrixView.key(employeeId, indicatorId);
    }

    public void save() {
        // only what the head changed goes to the service
        Map<String, String> changed = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            String before = matrix.cells().get(k);
            String after = v == null ? "" : v.strip();
            if (!Objects.equals(before == null ? "" : before, after)) {
                changed.put(k, after);
            }
        });
        Cascading.MatrixOutcome outcome = UiMessages.attempt(() -> cascading.saveMatrix(id, changed));
        if (outcome != null) {
            UiMessages.info("agreement.matrixSaved", outcome.skpsStarted(), outcome.resultsCreated(),
                    outcome.resultsUpdated());
            if (!outcome.skipped().isEmpty()) {
                UiMessages.error("agreement.matrixSkipped", String.join(", ", outcome.skipped()));
            }
            load();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MatrixView getMatrix() {
        return matrix;
    }

    public Map<String, String> getCells() {
        return cells;
    }
}
