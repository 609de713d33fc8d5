package id.sikerja.application.internal;

import id.sikerja.application.ImportService.ImportError;
import id.sikerja.application.ImportService.ImportReport;
import id.sikerja.application.ImportService.Kind;
import id.sikerja.domain.shared.BusinessRuleException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The errors of one import, in line order. At most {@value #SHOWN} are kept (a wrong file can have
 * an error in every cell); the rest are counted and summed up in one last entry.
 */
final class ImportErrors {

    static final int SHOWN = 1000;

    private final List<ImportError> kept = new ArrayList<>();
    private int count;
    private boolean rollbackNeeded;

    void add(int line, String column, String key, Object... args) {
        count++;
        if (kept.size() < SHOWN) {
            kept.add(ImportError.of(line, column, key, args));
        }
    }

    void add(int line, String column, BusinessRuleException refusal) {
        add(line, column, refusal.getMessageKey(), refusal.getArguments().toArray());
    }

    /** Records why writing failed: something failed after writing started, so nothing may stay written. */
    void writeFailed(int line, String column, String key, Object... args) {
        add(line, column, key, args);
        rollbackNeeded = true;
    }

    /** Whether writing failed, so the import's transaction must be rolled back. */
    boolean rollbackNeeded() {
        return rollbackNeeded;
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    ImportReport report(Kind kind, int rowsRead, int rowsWritten) {
        List<ImportError> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingInt(ImportError::line));
        if (count > kept.size()) {
            sorted.add(ImportError.of(0, null, "import.moreErrors", count - kept.size()));
        }
        return new ImportReport(kind, rowsRead, isEmpty() ? rowsWritten : 0, sorted);
    }

    /** The column a domain refusal is about, by the first message-key prefix of {@code columns} it starts with. */
    static String columnOf(BusinessRuleException e, List<Map.Entry<String, String>> columns) {
        return columns.stream().filter(c -> e.getMessageKey().startsWith(c.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
