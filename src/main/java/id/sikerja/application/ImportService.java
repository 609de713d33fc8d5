package id.sikerja.application;

import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bulk import of units and of employees with their placement, from CSV or Excel .xlsx, into the
 * caller's government; the personnel office (ADMIN) only.
 *
 * <p>All or nothing: every row is checked first (required columns, codes, enum values, NIP, rank,
 * parent unit in the database or earlier in the file, duplicates in the file or the database) and
 * then built with the domain's own methods, so the domain's rules apply to each row. If any row has
 * an error nothing is written and the report lists every error with its line; otherwise everything
 * is written in one transaction. A dry run checks the same way and writes nothing.
 *
 * <p>Formats (header row required, column order free, names case-insensitive):
 * <ul>
 * <li>units: {@code parent_code, code, name, kind, type, level, head_title, head_class, head_grade}</li>
 * <li>employees: {@code nip, name, status, sex, birth_date, rank, unit_code, position_title,
 * position_class, position_grade, start_date, email, phone}</li>
 * </ul>
 */
public interface ImportService {

    /** Units: {@code parent_code, code, name, kind, type, level, head_title, head_class, head_grade}. */
    ImportReport importUnits(@NotNull InputStream in, String fileName);

    /** Like {@link #importUnits(InputStream, String)}; with {@code dryRun} only checks, writes nothing. */
    ImportReport importUnits(@NotNull InputStream in, String fileName, boolean dryRun);

    /**
     * Employees and their placement: {@code nip, name, status, sex, birth_date, rank, unit_code,
     * position_title, position_class, position_grade, start_date, email, phone}.
     */
    ImportReport importEmployees(@NotNull InputStream in, String fileName);

    /** Like {@link #importEmployees(InputStream, String)}; with {@code dryRun} only checks, writes nothing. */
    ImportReport importEmployees(@NotNull InputStream in, String fileName, boolean dryRun);

    /** The configured limits, to tell the user before they upload (ADMIN only, like the imports). */
    Limits limits();

    enum Kind {
        UNITS, EMPLOYEES
    }

    record Limits(int maxRows, long maxBytes) implements Serializable {
    }

    /**
     * The outcome of one import.
     *
     * @param kind        what was imported
     * @param rowsRead    non-blank data rows in the file
     * @param rowsWritten rows written: all of them on success, 0 on error or in a dry run
     * @param errors      every error found, in line order; empty on success
     */
    record ImportReport(Kind kind, int rowsRead, int rowsWritten, List<ImportError> errors) implements Serializable {

        private static final long serialVersionUID = 1L;

        public ImportReport {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /**
     * One error, translated on the page.
     *
     * @param line       line of the file (1 = the header, 2 = the first data row); 0 for the file as a whole
     * @param column     the column concerned, or null
     * @param messageKey key in the message bundle
     * @param args       the key's arguments (never null elements)
     */
    record ImportError(int line, String column, String messageKey, List<Object> args) implements Serializable {

        private static final long serialVersionUID = 1L;

        public ImportError {
            List<Object> safe = new ArrayList<>();
            if (args != null) {
                args.forEach(a -> safe.add(a == null ? "" : a));
            }
            args = List.copyOf(safe);
        }

        public static ImportError of(int line, String column, String messageKey, Object... args) {
            return new ImportError(line, column, messageKey, Arrays.asList(args));
        }
    }
}
