package id.sikerja.application;

import id.sikerja.domain.planning.SkpState;

import java.util.List;
import java.util.Map;

/**
 * Cascading of an approved performance agreement (Matriks Peran Hasil): the owner's matrix of the people
 * below and the indicators they support, its coverage, and the lineage of a result or an indicator, always
 * within the caller's scope. Another government's record answers "not found".
 */
public interface Cascading {

    /** The role/result matrix of an approved agreement: its owner only. */
    MatrixView matrix(long agreementId);

    /**
     * Saves the matrix: each non-blank cell becomes (or updates) the linked result in that person's
     * SKP draft for the agreement's year, creating the draft where missing.
     *
     * @param cells result text keyed by {@link MatrixView#key(long, long)}
     */
    MatrixOutcome saveMatrix(long agreementId, Map<String, String> cells);

    /**
     * From a result up, step by step, to the top agreement it serves: the result or indicator it supports,
     * and from an agreement indicator the superior's indicator it serves. Only recorded links are followed;
     * an indicator not linked to its superior's ends with an {@code UNLINKED} step. A step the caller may not
     * see (the SKP or agreement page would refuse them) is shown without its content ({@code visible} false).
     */
    List<LineageStep> lineageUp(long resultId);

    /** From an agreement indicator up through the indicators it serves (the indicator first), as {@link #lineageUp}. */
    List<LineageStep> lineageAbove(long indicatorId);

    /**
     * An agreement indicator and everything below it: the results supporting it and the results supporting
     * those, and the indicators of the agreements below that serve it with their own results; visibility per
     * step as {@link #lineageUp}.
     */
    List<LineageStep> lineageDown(long indicatorId);

    // ---- views

    record MatrixColumn(long indicatorId, String objective, String text, String target) {
    }

    record MatrixRow(long employeeId, String name, String position, Long skpId, SkpState skpState,
                     boolean writable) {
    }

    record OrphanResult(long skpId, String employeeName, String resultText) {
    }

    record MatrixView(long agreementId, String title, List<MatrixColumn> columns, List<MatrixRow> rows,
                      Map<String, String> cells, List<MatrixColumn> uncovered, List<OrphanResult> supportingNothing) {

        public static String key(long employeeId, long indicatorId) {
            return employeeId + ":" + indicatorId;
        }
    }

    /** What saving the matrix did: new SKP drafts, new and changed results, people whose SKP is no longer editable. */
    record MatrixOutcome(int skpsStarted, int resultsCreated, int resultsUpdated, List<String> skipped) {
    }

    /**
     * One step of a lineage: an agreement indicator ({@code INDICATOR}) or an SKP result ({@code RESULT}) with
     * its owner and depth, or the mark that an indicator is not linked upward ({@code UNLINKED}). A step the
     * caller may not see carries its kind and depth only.
     */
    record LineageStep(int depth, String kind, long id, String ownerName, String text, String target, Long skpId,
                       Long agreementId, boolean visible) {

        public static final String INDICATOR = "INDICATOR";
        public static final String RESULT = "RESULT";
        public static final String UNLINKED = "UNLINKED";

        /** The same step at another depth. */
        public LineageStep at(int newDepth) {
            return new LineageStep(newDepth, kind, id, ownerName, text, target, skpId, agreementId, visible);
        }
    }
}
