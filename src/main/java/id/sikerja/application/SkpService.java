package id.sikerja.application;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.planning.AnnexKind;
import id.sikerja.domain.planning.Approach;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.ControlLevel;
import id.sikerja.domain.planning.Perspective;
import id.sikerja.domain.planning.ReportingPeriod;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResultLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * SKP of the caller and of the people they appraise. Only the owner edits a draft; only the SKP's
 * appraiser approves or returns it; another government's SKP answers "not found".
 */
public interface SkpService {

    SubjectType SKP = SubjectType.SKP;

    List<SkpRow> mySkps();

    /** SKPs whose appraiser is the caller. */
    List<SkpRow> appraiseeSkps();

    SkpView skp(long id);

    /**
     * Starts (or returns) the caller's SKP for the current year. When the caller's appraiser changed
     * since the running SKP began, that one is closed and kept, and a new one starts today.
     */
    long startMySkp();

    void chooseApproach(long id, int version, Approach approach);

    void addResult(long id, int version, WorkResultLine line);

    void updateResult(long id, int version, long resultId, WorkResultLine line);

    void removeResult(long id, int version, long resultId);

    /** The appraiser's (or, while drafting, the owner's) specific expectation per BerAKHLAK value. */
    void saveBehaviours(long id, int version, Map<String, String> expectations);

    void saveAnnex(long id, int version, Map<AnnexKind, List<String>> annex);

    void submit(long id, int version);

    void approve(long id, int version);

    void returnForRevision(long id, int version, String notes);

    /** The SKP document (header blocks, results, behaviour, annex) as a PDF, for whoever may see the SKP. */
    byte[] pdf(long id);

    /** The superior's indicators and results a result of this SKP may support. */
    List<LinkOption> linkOptions(long id);

    record SkpRow(long id, int year, LocalDate periodStart, LocalDate periodEnd, SkpState state, String employeeName,
                  String employeePosition, String appraiserName, long resultCount, long unlinkedCount,
                  long reviewCount, boolean outdated) {
    }

    record Party(String name, String nip, String rank, String position, String unit) {
    }

    record ManualView(String purpose, String definition, String formula, String unit, ControlLevel controlLevel,
                      String dataSource, ReportingPeriod reportingPeriod) {
    }

    record ResultView(long id, ResultCategory category, String text, String origin, Aspect aspect,
                      Perspective perspective, String indicatorText, String targetValue, String targetUnit,
                      Long supportedIndicatorId, Long supportedResultId, String supportsText, boolean linked,
                      boolean needsReview, ManualView manual) {
    }

    record BehaviourView(String code, String name, String guidance, String expectation) {
    }

    record AnnexView(AnnexKind kind, List<String> lines) {
    }

    record SkpView(long id, int version, long employeeId, int year, LocalDate periodStart, LocalDate periodEnd,
                   SkpForm form, Approach approach, SkpState state, Party employee, Party appraiser,
                   Long appraiserId, String returnNotes, List<ResultView> results, List<BehaviourView> behaviours,
                   List<AnnexView> annex, boolean editable, boolean callerIsAppraiser, boolean planningDialogueRequired,
                   boolean planningDialogueRecorded) {
    }

    /** A superior's indicator (kind INDICATOR) or SKP result (kind RESULT) a result may support. */
    record LinkOption(String kind, long id, String ownerName, String text) {
        public String key() {
            return kind + ":" + id;
        }
    }
}
