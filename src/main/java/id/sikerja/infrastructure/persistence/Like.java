package id.sikerja.infrastructure.persistence;

/**
 * Every LIKE pattern built from a value — a search text, a unit's path — goes through here, and every
 * LIKE that binds one says {@code escape '\'} ({@link #ESCAPE}): unit codes may contain {@code _},
 * which LIKE reads as "any one character", so the prefix of {@code /DINKES/A_1/} would otherwise also
 * select the sibling {@code /DINKES/AX1/} and its records (SQL:2016 Part 2, 8.5 &lt;like predicate&gt;;
 * CWE-155).
 */
public final class Like {

    /** The clause to put after every LIKE predicate whose pattern comes from this class. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** The value with LIKE's metacharacters ({@code \ % _}) taken literally. */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches what starts with {@code value} (a subtree by its path). */
    public static String prefix(String value) {
        return escape(value) + "%";
    }

    /** Matches what contains {@code value} anywhere (a search box). */
    public static String contains(String value) {
        return "%" + escape(value) + "%";
    }
}
