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

    /** From a result up, step by step, to the top agreement it serves. */
    List<LineageStep> lineageUp(long resultId);

    /** Every result that supports an agreement indicator, directly or through other results. */
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

    /** One step of a lineage: an agreement indicator or an SKP result, with its owner and depth. */
    record LineageStep(int depth, String kind, long id, String ownerName, String text, String target, Long skpId,
                       Long agreementId) {
    }
}
