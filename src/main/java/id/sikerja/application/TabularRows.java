package id.sikerja.application;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded table — CSV (',' or ';', UTF-8 with or without BOM) or the first sheet of an
 * Excel .xlsx workbook — into rows of named cells, so that importers know columns, not file formats.
 * Implemented in infrastructure, which also enforces the configured limits on size and row count.
 */
public interface TabularRows {

    /**
     * Reads the whole table. The first non-blank row is the header; column names are compared in
     * lower case with spaces and dashes read as '_' ("Parent Code" is {@code parent_code}). Rows whose
     * cells are all blank are skipped (they still count as lines).
     *
     * @throws id.sikerja.domain.shared.BusinessRuleException with a key {@code import.file.*} when the
     *         file is empty, too large, has too many rows, is not UTF-8, is not CSV or .xlsx, cannot be
     *         parsed, or has a duplicate or missing header
     */
    Table read(InputStream in, String fileName);

    /** The most data rows a file may have. */
    int maxRows();

    /** The largest file accepted, in bytes. */
    long maxBytes();

    /**
     * @param headerLine the line (row) of the header, 1 for a file that starts with it
     * @param columns    the normalised column names in file order
     * @param rows       the non-blank data rows in file order
     */
    record Table(int headerLine, List<String> columns, List<Row> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One data row.
     *
     * @param line   its line in the file as the user sees it (the header is line 1 in a file that starts
     *               with it; an Excel row number)
     * @param values stripped cell values by normalised column name
     */
    record Row(int line, Map<String, String> values) {

        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The stripped value of a column, or null when the cell is blank or the column absent. */
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public boolean has(String column) {
            return get(column) != null;
        }
    }

    /** The normalised form of a header cell: lower case, stripped, spaces and dashes as '_'. */
    static String normaliseColumn(String header) {
        return header == null ? "" : header.replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
    }
}
