package id.sikerja.interfaces.web.plan;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.PlanningService;
import id.sikerja.application.SkpService;
import id.sikerja.application.SkpService.SkpView;
import id.sikerja.domain.planning.AnnexKind;
import id.sikerja.domain.planning.Approach;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.ControlLevel;
import id.sikerja.domain.planning.IndicatorManual;
import id.sikerja.domain.planning.Perspective;
import id.sikerja.domain.planning.ReportingPeriod;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SKP: the owner drafts results (with the indicator manual), expectations and annex, and
 * submits; the appraiser approves or returns it with notes (dialogues: SubjectDialoguesBean).
 */
@Named
@ViewScoped
public class SkpBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SkpService skps;

    @Inject
    transient PlanningService planning;

    @Inject
    transient AuditTrail audit;

    private Long id;
    private SkpView skp;
    private List<AuditTrail.Entry> history;
    private List<SkpService.LinkOption> linkOptions;

    private Approach approach;
    private String notes;

    // result editor
    private Long resultId;
    private ResultCategory category = ResultCategory.UTAMA;
    private String text;
    private String origin;
    private Aspect aspect = Aspect.KUANTITAS;
    private Perspective perspective;
    private String indicatorText;
    private String targetValue;
    private String targetUnit;
    private String linkKey;
    private String manualPurpose;
    private String manualDefinition;
    private String manualFormula;
    private String manualUnit;
    private ControlLevel manualControlLevel;
    private String manualDataSource;
    private ReportingPeriod manualReportingPeriod;

    private Map<String, String> expectations = new LinkedHashMap<>();
    private Map<String, String> annexText = new LinkedHashMap<>();


    public void load() {
        if (id == null) {
            throw new NotFoundException("skp", "");
        }
        skp = skps.skp(id);
        history = audit.history(SkpService.SKP, id);
        linkOptions = skp.editable() ? skps.linkOptions(id) : List.of();
        approach = skp.approach();
        expectations = new LinkedHashMap<>();
        skp.behaviours().forEach(b -> expectations.put(b.code(), b.expectation()));
        annexText = new LinkedHashMap<>();
        skp.annex().forEach(a -> annexText.put(a.kind().name(), String.join("\n", a.lines())));
    }

    public void saveApproach() {
        if (UiMessages.attempt(() -> skps.chooseApproach(id, skp.version(), approach))) {
            UiMessages.info("saved");
            load();
        }
    }

    public void newResult() {
        resultId = null;
        category = ResultCategory.UTAMA;
        text = null;
        origin = null;
        aspect = Aspect.KUANTITAS;
        perspective = null;
        indicatorText = null;
        targetValue = null;
        targetUnit = null;
        linkKey = null;
        manualPurpose = null;
        manualDefinition = null;
        manualFormula = null;
        manualUnit = null;
        manualControlLevel = null;
        manualDataSource = null;
        manualReportingPeriod = null;
    }

    public void editResult(SkpService.ResultView r) {
        resultId = r.id();
        category = r.category();
        text = r.text();
        origin = r.origin();
        aspect = r.aspect();
        perspective = r.perspective();
        indicatorText = r.indicatorText();
        targetValue = r.targetValue();
        targetUnit = r.targetUnit();
        linkKey = r.supportedIndicatorId() != null ? "INDICATOR:" + r.supportedIndicatorId()
                : r.supportedResultId() != null ? "RESULT:" + r.supportedResultId() : null;
        manualPurpose = r.manual().purpose();
        manualDefinition = r.manual().definition();
        manualFormula = r.manual().formula();
        manualUnit = r.manual().unit();
        manualControlLevel = r.manual().controlLevel();
        manualDataSource = r.manual().dataSource();
        manualReportingPeriod = r.manual().reportingPeriod();
    }

    public void saveResult() {
        Long indicator = null;
        Long superiorResult = null;
        if (linkKey != null && !linkKey.isBlank()) {
            String[] parts = linkKey.split(":");
            if ("INDICATOR".equals(parts[0])) {
                indicator = Long.valueOf(parts[1]);
            } else {
                superiorResult = Long.valueOf(parts[1]);
            }
        }
        WorkResultLine line = new WorkResultLine(category, text, origin, aspect, perspective, indicatorText,
                targetValue, targetUnit, indicator, superiorResult, null,
                new IndicatorManual(manualPurpose, manualDefinition, manualFormula, manualUnit, manualControlLevel,
                        manualDataSource, manualReportingPeriod));
        boolean ok = UiMessages.attempt(() -> {
            if (resultId == null) {
                skps.addResult(id, skp.version(), line);
            } else {
                skps.updateResult(id, skp.version(), resultId, line);
            }
        });
        if (ok) {
            UiMessages.info("saved");
            newResult();
            load();
        }
    }

    public void removeResult(SkpService.ResultView r) {
        if (UiMessages.attempt(() -> skps.removeResult(id, skp.version(), r.id()))) {
            UiMessages.info("skp.resultRemoved");
            load();
        }
    }

    public void saveBehaviours() {
        if (UiMessages.attempt(() -> skps.saveBehaviours(id, skp.version(), expectations))) {
            UiMessages.info("saved");
            load();
        }
    }

    public void saveAnnex() {
        Map<AnnexKind, List<String>> annex = new EnumMap<>(AnnexKind.class);
        for (AnnexKind k : AnnexKind.values()) {
            String t = annexText.get(k.name());
            annex.put(k, t == null ? List.of() : Arrays.asList(t.split("\\R")));
        }
        if (UiMessages.attempt(() -> skps.saveAnnex(id, skp.version(), annex))) {
            UiMessages.info("saved");
            load();
        }
    }

    public void submit() {
        if (UiMessages.attempt(() -> skps.submit(id, skp.version()))) {
            UiMessages.info("skp.submitted");
            load();
        }
    }

    public void approve() {
        if (UiMessages.attempt(() -> skps.approve(id, skp.version()))) {
            UiMessages.info("skp.approved");
            load();
        }
    }

    public void returnForRevision() {
        if (UiMessages.attempt(() -> skps.returnForRevision(id, skp.version(), notes))) {
            UiMessages.info("skp.returned");
            notes = null;
            load();
        }
    }


    /** The SKP as PDF, streamed by p:fileDownload (a full request, not ajax). */
    public org.primefaces.model.StreamedContent getPdf() {
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("SKP-" + skp.year() + "-" + skp.employee().name().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new java.io.ByteArrayInputStream(skps.pdf(id)))
                .build();
    }

    public ResultCategory[] getCategories() {
        return ResultCategory.values();
    }

    public Aspect[] getAspects() {
        return Aspect.values();
    }

    public Perspective[] getPerspectives() {
        return Perspective.values();
    }

    public Approach[] getApproaches() {
        return Approach.values();
    }

    public ControlLevel[] getControlLevels() {
        return ControlLevel.values();
    }

    public ReportingPeriod[] getReportingPeriods() {
        return ReportingPeriod.values();
    }

    public AnnexKind[] getAnnexKinds() {
        return AnnexKind.values();
    }

    public boolean isJpt() {
        return skp != null && skp.form() == SkpForm.JPT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SkpView getSkp() {
        return skp;
    }

    public List<AuditTrail.Entry> getHistory() {
        return history;
    }

    public List<SkpService.LinkOption> getLinkOptions() {
        return linkOptions;
    }

    public Approach getApproach() {
        return approach;
    }

    public void setApproach(Approach approach) {
        this.approach = approach;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getResultId() {
        return resultId;
    }

    public ResultCategory getCategory() {
        return category;
    }

    public void setCategory(ResultCategory category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public void setAspect(Aspect aspect) {
        this.aspect = aspect;
    }

    public Perspective getPerspective() {
        return perspective;
    }

    public void setPerspective(Perspective perspective) {
        this.perspective = perspective;
    }

    public String getIndicatorText() {
        return indicatorText;
    }

    public void setIndicatorText(String indicatorText) {
        this.indicatorText = indicatorText;
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

    public String getLinkKey() {
        return linkKey;
    }

    public void setLinkKey(String linkKey) {
        this.linkKey = linkKey;
    }

    public String getManualPurpose() {
        return manualPurpose;
    }

    public void setManualPurpose(String manualPurpose) {
        this.manualPurpose = manualPurpose;
    }

    public String getManualDefinition() {
        return manualDefinition;
    }

    public void setManualDefinition(String manualDefinition) {
        this.manualDefinition = manualDefinition;
    }

    public String getManualFormula() {
        return manualFormula;
    }

    public void setManualFormula(String manualFormula) {
        this.manualFormula = manualFormula;
    }

    public String getManualUnit() {
        return manualUnit;
    }

    public void setManualUnit(String manualUnit) {
        this.manualUnit = manualUnit;
    }

    public ControlLevel getManualControlLevel() {
        return manualControlLevel;
    }

    public void setManualControlLevel(ControlLevel manualControlLevel) {
        this.manualControlLevel = manualControlLevel;
    }

    public String getManualDataSource() {
        return manualDataSource;
    }

    public void setManualDataSource(String manualDataSource) {
        this.manualDataSource = manualDataSource;
    }

    public ReportingPeriod getManualReportingPeriod() {
        return manualReportingPeriod;
    }

    public void setManualReportingPeriod(ReportingPeriod manualReportingPeriod) {
        this.manualReportingPeriod = manualReportingPeriod;
    }

    public Map<String, String> getExpectations() {
        return expectations;
    }

    public Map<String, String> getAnnexText() {
        return annexText;
    }
}
