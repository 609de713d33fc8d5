package id.sikerja.interfaces.web.plan;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.PlanningService;
import id.sikerja.application.PlanningService.AgreementView;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.WorkMode;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One agreement: the owner edits it as rows (objective, indicator, target, unit, work mode, the superior's
 * indicator it serves; rows with the same objective form one Sasaran), submits and amends; the approver
 * approves or returns it.
 */
@Named
@ViewScoped
public class AgreementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanningService planning;

    @Inject
    transient AuditTrail audit;

    private Long id;
    private AgreementView agreement;
    private List<Row> rows = new ArrayList<>();
    private String reason;
    private List<AuditTrail.Entry> history;
    private List<PlanningService.ServableIndicator> servable = List.of();

    /** One indicator line of the editor. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String objective;
        private Long originId;
        private String text;
        private String targetValue;
        private String targetUnit;
        private WorkMode workMode;
        private Long servesIndicatorId;

        public String getObjective() {
            return objective;
        }

        public void setObjective(String objective) {
            this.objective = objective;
        }

        public Long getOriginId() {
            return originId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getTargetValue() {
            return targetValue;
        }

        public void setTargetValue(String targetValue) {
            this.targetValue = targetValue;
        }

        public String getTargetUnit() {
            return targetUnit;
        }

        public void setTargetUnit(String targetUnit) {
            this.targetUnit = targetUnit;
        }

        public WorkMode getWorkMode() {
            return workMode;
        }

        public void setWorkMode(WorkMode workMode) {
            this.workMode = workMode;
        }

        public Long getServesIndicatorId() {
            return servesIndicatorId;
        }

        public void setServesIndicatorId(Long servesIndicatorId) {
            this.servesIndicatorId = servesIndicatorId;
        }

        boolean isBlank() {
            return (objective == null || objective.isBlank()) && (text == null || text.isBlank())
                    && (targetValue == null || targetValue.isBlank());
        }
    }

    public void load() {
        if (id == null) {
            throw new NotFoundException("agreement", "");
        }
        agreement = planning.agreement(id);
        history = audit.history(PlanningService.AGREEMENT, id);
        rows = new ArrayList<>();
        for (PlanningService.ObjectiveView o : agreement.objectives()) {
            for (PlanningService.IndicatorView i : o.indicators()) {
                Row r = new Row();
                r.objective = o.text();
                r.originId = i.originId();
                r.text = i.text();
                r.targetValue = i.targetValue();
                r.targetUnit = i.targetUnit();
                r.workMode = i.workMode();
                r.servesIndicatorId = i.servesIndicatorId();
                rows.add(r);
            }
        }
        servable = agreement.editable() ? planning.servableIndicators(id) : List.of();
        if (agreement.editable() && rows.isEmpty()) {
            addRow();
        }
    }

    public void addRow() {
        Row r = new Row();
        if (!rows.isEmpty()) {
            r.objective = rows.get(rows.size() - 1).objective;
        }
        rows.add(r);
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    private List<AgreementLine> lines() {
        Map<String, List<AgreementLine.IndicatorLine>> byObjective = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.isBlank()) {
                continue;
            }
            String objective = r.objective == null ? "" : r.objective.strip();
            byObjective.computeIfAbsent(objective, k -> new ArrayList<>())
                    .add(new AgreementLine.IndicatorLine(r.originId, r.text, r.targetValue, r.targetUnit, r.workMode,
                            r.servesIndicatorId));
        }
        List<AgreementLine> lines = new ArrayList<>();
        byObjective.forEach((o, list) -> lines.add(new AgreementLine(o, list)));
        return lines;
    }

    public void save() {
        if (UiMessages.attempt(() -> planning.saveAgreement(id, agreement.version(), lines()))) {
            UiMessages.info("saved");
            load();
        }
    }

    public void submit() {
        if (UiMessages.attempt(() -> {
            planning.saveAgreement(id, agreement.version(), lines());
            planning.submitAgreement(id, planning.agreement(id).version());
        })) {
            UiMessages.info("agreement.submitted");
            load();
        }
    }

    public void approve() {
        if (UiMessages.attempt(() -> planning.approveAgreement(id, agreement.version()))) {
            UiMessages.info("agreement.approved");
            load();
        }
    }

    public void returnForRevision() {
        if (UiMessages.attempt(() -> planning.returnAgreement(id, agreement.version(), reason))) {
            UiMessages.info("agreement.returned");
            reason = null;
            load();
        }
    }

    public String amend() {
        Long next = UiMessages.attempt(() -> planning.amendAgreement(id, agreement.version(), reason));
        return next == null ? null : "/plan/agreement?faces-redirect=true&id=" + next;
    }

    /** The superior's indicators a row may serve (empty when nobody above has an approved agreement of the year). */
    public List<PlanningService.ServableIndicator> getServable() {
        return servable;
    }

    public WorkMode[] getWorkModes() {
        return WorkMode.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<AuditTrail.Entry> getHistory() {
        return history;
    }
}
