package id.sikerja.application.internal;

import id.sikerja.application.TabularRows.Row;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and checks the cells of one import row, recording each problem against its column. */
final class ImportCells {

    /** Column widths of the schema (V1 migration), checked so that a long value is a row error, not a failed write. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 200, "head_title", 200,
            "position_title", 200, "email", 200, "phone", 40);

    private final Row row;
    private final ImportErrors errors;

    ImportCells(Row row, ImportErrors errors) {
        this.row = row;
        this.errors = errors;
    }

    String text(String column) {
        String value = row.get(column);
        Integer max = MAX_LENGTH.get(column);
        if (value != null && max != null && value.length() > max) {
            errors.add(row.line(), column, "import.tooLong", column, max);
            return null;
        }
        return value;
    }

    String required(String column) {
        if (!row.has(column)) {
            errors.add(row.line(), column, "import.required", column);
            return null;
        }
        return text(column);
    }

    Integer integer(String column, boolean required) {
        String value = required ? required(column) : row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            errors.add(row.line(), column, "import.notANumber", value);
            return null;
        }
    }

    LocalDate date(String column, boolean required) {
        String value = required ? required(column) : row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(row.line(), column, "import.invalidDate", value);
            return null;
        }
    }

    /**
     * An optional yes/no cell: YA, Y, TRUE or 1 is yes; TIDAK, T, N, FALSE, 0 or empty is no (Indonesian and
     * English spreadsheets alike).
     */
    boolean flag(String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        return switch (normaliseEnum(value)) {
            case "YA", "Y", "TRUE", "1", "1.0" -> true;
            case "TIDAK", "T", "N", "NO", "FALSE", "0", "0.0" -> false;
            default -> {
                errors.add(row.line(), column, "import.invalidValue", value, "YA, TIDAK");
                yield false;
            }
        };
    }

    /** An optional enum value among {@code allowed}, written in any case, with spaces or dashes for '_'. */
    <E extends Enum<E>> E enumeration(String column, Class<E> type, Set<E> allowed) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String name = normaliseEnum(value);
        Optional<E> match = allowed.stream().filter(e -> e.name().equals(name)).findFirst();
        if (match.isEmpty()) {
            errors.add(row.line(), column, "import.invalidValue", value,
                    allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
        return match.get();
    }

    /** A unit code as stored: stripped, upper case. */
    static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** An enum value as written in a file, in any case, with spaces or dashes for '_'. */
    static String normaliseEnum(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
