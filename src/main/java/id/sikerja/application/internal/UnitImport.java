package id.sikerja.application.internal;

import id.sikerja.application.TabularRows.Row;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.sikerja.application.internal.ImportCells.upper;
import static id.sikerja.application.internal.ImportErrors.columnOf;

/**
 * The units of one import file: each row is checked and built in memory as a child of a stored unit or
 * of one defined earlier in the file ({@link OrgUnit#addChild}, with its head position), and only then,
 * when no row has an error, written in file order. Used by {@link ImportServiceBean}, in its transaction.
 */
final class UnitImport {

    static final List<String> COLUMNS = List.of("parent_code", "code", "name", "kind", "type", "level",
            "head_title", "head_class", "head_grade");
    static final Set<String> REQUIRED = Set.of("parent_code", "code", "name", "level");

    /** Which column a domain refusal is about, by message-key prefix (most specific first). */
    private static final List<Map.Entry<String, String>> RULE_COLUMNS = List.of(
            Map.entry("code.", "code"),
            Map.entry("unit.level", "level"),
            Map.entry("unit.name", "name"),
            Map.entry("unit.parent", "parent_code"),
            Map.entry("position.grade", "head_grade"),
            Map.entry("position.class", "head_class"),
            Map.entry("position.pelaksana", "head_class"),
            Map.entry("position.", "head_title"));

    private final OrganisationRepository repository;
    private final ImportErrors errors;
    private final Map<String, OrgUnit> stored = new HashMap<>();
    private final Set<String> departmentCodes;
    /** First line of each code in the file, to tell "defined later" and "duplicate" apart. */
    private final Map<String, Integer> codeLines = new HashMap<>();
    private final Map<String, Integer> fileCodes = new HashMap<>();
    private final Map<String, OrgUnit> built = new HashMap<>();
    private final List<PlannedUnit> planned = new ArrayList<>();

    UnitImport(OrganisationRepository repository, long governmentId, ImportErrors errors) {
        this.repository = repository;
        this.errors = errors;
        repository.units(governmentId).forEach(u -> stored.put(u.getCode(), u));
        departmentCodes = repository.departments(governmentId).stream().map(Department::getCode)
                .collect(Collectors.toSet());
    }

    /** Checks and builds every row in file order, so a parent is known before its children. */
    void check(List<Row> rows) {
        for (Row row : rows) {
            String code = upper(row.get("code"));
            if (code != null) {
                codeLines.putIfAbsent(code, row.line());
            }
        }
        rows.forEach(this::build);
    }

    /** Checks one row and builds its unit (and head position) in memory. */
    private void build(Row row) {
        int line = row.line();
        int before = errors.count();
        ImportCells cells = new ImportCells(row, errors);
        String code = upper(cells.required("code"));
        String name = cells.required("name");
        String parentCode = upper(cells.required("parent_code"));
        Integer level = cells.integer("level", true);
        UnitKind kind = cells.enumeration("kind", UnitKind.class, EnumSet.allOf(UnitKind.class));
        UnitType type = cells.enumeration("type", UnitType.class, EnumSet.allOf(UnitType.class));
        String headTitle = cells.text("head_title");
        PositionClass headClass = cells.enumeration("head_class", PositionClass.class,
                EnumSet.allOf(PositionClass.class));
        FunctionalGrade headGrade = cells.enumeration("head_grade", FunctionalGrade.class,
                EnumSet.allOf(FunctionalGrade.class));
        if (headTitle == null && (row.has("head_class") || row.has("head_grade"))) {
            errors.add(line, "head_title", "import.required", "head_title");
        }
        if (headTitle != null && !row.has("head_class")) {
            errors.add(line, "head_class", "import.required", "head_class");
        }

        if (code != null) {
            Integer first = fileCodes.putIfAbsent(code, line);
            if (first != null) {
                errors.add(line, "code", "import.unit.duplicateInFile", code, first);
            } else if (stored.containsKey(code) || departmentCodes.contains(code)) {
                errors.add(line, "code", "import.unit.codeExists", code);
            }
        }
        OrgUnit parent = parentCode == null ? null : parent(line, parentCode);
        if (errors.count() > before || parent == null) {
            return;
        }
        try {
            OrgUnit unit = parent.addChild(code, name, kind, type, level);
            Position head = headTitle == null ? null : new Position(unit, headTitle, headClass, headGrade, true, 1);
            built.put(code, unit);
            planned.add(new PlannedUnit(line, unit, head));
        } catch (BusinessRuleException e) {
            errors.add(line, columnOf(e, RULE_COLUMNS), e);
        }
    }

    /** The parent: stored, or built from an earlier line of this file; null with an error otherwise. */
    private OrgUnit parent(int line, String parentCode) {
        OrgUnit parent = stored.containsKey(parentCode) ? stored.get(parentCode) : built.get(parentCode);
        if (parent != null) {
            return parent;
        }
        Integer defined = codeLines.get(parentCode);
        if (defined == null) {
            errors.add(line, "parent_code", "import.unit.parentUnknown", parentCode);
        } else if (defined == line) {
            errors.add(line, "parent_code", "import.unit.parentIsItself", parentCode);
        } else if (defined > line) {
            errors.add(line, "parent_code", "import.unit.parentLater", parentCode, defined);
        } else {
            errors.add(line, "parent_code", "import.unit.parentHasErrors", parentCode, defined);
        }
        return null;
    }

    int write() {
        try {
            for (PlannedUnit p : planned) {
                repository.add(p.unit());
                if (p.head() != null) {
                    repository.add(p.head());
                }
            }
            repository.flush();
        } catch (PersistenceException e) {
            // e.g. someone created the same code meanwhile: the database refused, nothing stays written
            errors.writeFailed(0, null, "import.writeFailed");
            return 0;
        }
        return planned.size();
    }

    private record PlannedUnit(int line, OrgUnit unit, Position head) {
    }
}
