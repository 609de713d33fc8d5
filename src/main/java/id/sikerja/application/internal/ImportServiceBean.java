package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.ImportService;
import id.sikerja.application.TabularRows;
import id.sikerja.application.TabularRows.Row;
import id.sikerja.application.TabularRows.Table;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports in two phases. First every row is checked and then built in memory with the domain's own
 * constructors and methods ({@link OrgUnit#addChild}, {@code new Position}, {@code new Employee},
 * {@link Employee#placeIn}) — nothing is persisted and no stored entity is changed, so a refusal by a
 * domain rule simply becomes that row's error. Only when no row has an error (and it is not a dry run)
 * is everything persisted, in file order, in this one transaction. Should anything still fail while
 * writing, the transaction is marked for rollback, so an import is never half written.
 */
@Stateless
public class ImportServiceBean implements ImportService {

    static final List<String> UNIT_COLUMNS = List.of("parent_code", "code", "name", "kind", "type", "level",
            "head_title", "head_class", "head_grade");
    static final Set<String> UNIT_REQUIRED = Set.of("parent_code", "code", "name", "level");

    static final List<String> EMPLOYEE_COLUMNS = List.of("nip", "name", "status", "sex", "birth_date", "rank",
            "unit_code", "position_title", "position_class", "position_grade", "start_date", "email", "phone");
    static final Set<String> EMPLOYEE_REQUIRED = Set.of("name", "status");

    /** Column widths of the schema (V1 migration), checked so that a long value is a row error, not a failed write. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 200, "head_title", 200,
            "position_title", 200, "email", 200, "phone", 40);

    /** Statuses an import may create; the regional head (STATE_OFFICIAL) is entered by hand. */
    private static final Set<EmploymentStatus> IMPORTABLE_STATUSES = EnumSet.of(EmploymentStatus.PNS,
            EmploymentStatus.PPPK, EmploymentStatus.NON_ASN);

    /** Which column a domain refusal is about, by message-key prefix (most specific first). */
    private static final List<Map.Entry<String, String>> UNIT_RULE_COLUMNS = List.of(
            Map.entry("code.", "code"),
            Map.entry("unit.level", "level"),
            Map.entry("unit.name", "name"),
            Map.entry("unit.parent", "parent_code"),
            Map.entry("position.grade", "head_grade"),
            Map.entry("position.class", "head_class"),
            Map.entry("position.pelaksana", "head_class"),
            Map.entry("position.", "head_title"));

    private static final List<Map.Entry<String, String>> EMPLOYEE_RULE_COLUMNS = List.of(
            Map.entry("nip.", "nip"),
            Map.entry("employee.nipSex", "sex"),
            Map.entry("employee.nipBirthDate", "birth_date"),
            Map.entry("employee.nip", "nip"),
            Map.entry("employee.sex", "sex"),
            Map.entry("employee.rank", "rank"),
            Map.entry("employee.name", "name"),
            Map.entry("employee.status", "status"),
            Map.entry("employee.email", "email"),
            Map.entry("position.grade", "position_grade"),
            Map.entry("position.class", "position_class"),
            Map.entry("position.pelaksana", "position_class"),
            Map.entry("position.", "position_title"),
            Map.entry("placement.", "position_title"));

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationRepository repository;

    @Inject
    TabularRows tabularRows;

    @Resource
    SessionContext context;

    @Override
    public ImportReport importUnits(InputStream in, String fileName) {
        return importUnits(in, fileName, false);
    }

    @Override
    public ImportReport importEmployees(InputStream in, String fileName) {
        return importEmployees(in, fileName, false);
    }

    @Override
    public Limits limits() {
        adminGovernment();
        return new Limits(tabularRows.maxRows(), tabularRows.maxBytes());
    }

    @Override
    public ImportReport importUnits(InputStream in, String fileName, boolean dryRun) {
        long g = adminGovernment();
        Errors errors = new Errors();
        Table table = read(in, fileName, UNIT_COLUMNS, UNIT_REQUIRED, errors);
        if (!errors.isEmpty()) {
            return errors.report(Kind.UNITS, table == null ? 0 : table.rows().size(), 0);
        }
        UnitImport units = new UnitImport(g, errors);
        units.check(table.rows());
        int written = errors.isEmpty() && !dryRun ? units.write() : 0;
        return errors.report(Kind.UNITS, table.rows().size(), written);
    }

    @Override
    public ImportReport importEmployees(InputStream in, String fileName, boolean dryRun) {
        long g = adminGovernment();
        Errors errors = new Errors();
        Table table = read(in, fileName, EMPLOYEE_COLUMNS, EMPLOYEE_REQUIRED, errors);
        if (!errors.isEmpty()) {
            return errors.report(Kind.EMPLOYEES, table == null ? 0 : table.rows().size(), 0);
        }
        EmployeeImport employees = new EmployeeImport(g, fileName, errors);
        table.rows().forEach(employees::check);
        employees.checkCapacities();
        int written = errors.isEmpty() && !dryRun ? employees.write() : 0;
        return errors.report(Kind.EMPLOYEES, table.rows().size(), written);
    }

    private long adminGovernment() {
        AccessScope scope = currentUser.scope();
        scope.requireAdmin();
        return scope.governmentId();
    }

    /**
     * The file as a table, or null when it cannot be read; either way what is wrong with the file as a
     * whole (unreadable, unknown or missing columns, no data) is in {@code errors}.
     */
    private Table read(InputStream in, String fileName, List<String> known, Set<String> required, Errors errors) {
        Table table;
        try {
            table = tabularRows.read(in, fileName);
        } catch (BusinessRuleException e) {
            errors.add(0, null, e);
            return null;
        }
        for (String column : table.columns()) {
            if (!known.contains(column)) {
                errors.add(table.headerLine(), column, "import.file.unknownColumn", column, String.join(", ", known));
            }
        }
        for (String column : known) {
            if (required.contains(column) && !table.columns().contains(column)) {
                errors.add(table.headerLine(), column, "import.file.missingColumn", column);
            }
        }
        if (errors.isEmpty() && table.rows().isEmpty()) {
            errors.add(0, null, "import.file.noRows");
        }
        return table;
    }

    /** Marks the transaction for rollback and records why: something failed after writing started. */
    private void writeFailed(Errors errors, int line, String column, String key, Object... args) {
        errors.add(line, column, key, args);
        context.setRollbackOnly();
    }

    // ---------------------------------------------------------------- units

    private final class UnitImport {

        private final Errors errors;
        private final Map<String, OrgUnit> stored = new HashMap<>();
        private final Set<String> departmentCodes;
        /** First line of each code in the file, to tell "defined later" and "duplicate" apart. */
        private final Map<String, Integer> codeLines = new HashMap<>();
        private final Map<String, Integer> fileCodes = new HashMap<>();
        private final Map<String, OrgUnit> built = new HashMap<>();
        private final List<PlannedUnit> planned = new ArrayList<>();

        UnitImport(long governmentId, Errors errors) {
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
            Cells cells = new Cells(row, errors);
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
                errors.add(line, columnOf(e, UNIT_RULE_COLUMNS), e);
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
                writeFailed(errors, 0, null, "import.writeFailed");
                return 0;
            }
            return planned.size();
        }

        private record PlannedUnit(int line, OrgUnit unit, Position head) {
        }
    }

    // ------------------------------------------------------------ employees

    private final class EmployeeImport {

        private final long governmentId;
        private final Government government;
        private final String fileName;
        private final Errors errors;
        private final Map<String, OrgUnit> units = new HashMap<>();
        /** Active stored positions by "UNIT-CODE|title in lower case". */
        private final Map<String, Position> storedPositions = new HashMap<>();
        private final Map<String, Rank> ranks = new HashMap<>();
        private final Map<String, Integer> nipLines = new HashMap<>();
        /** The positions this file places people in, stored or new, by the same key. */
        private final Map<String, PositionUse> uses = new LinkedHashMap<>();
        private final List<PlannedEmployee> planned = new ArrayList<>();

        EmployeeImport(long governmentId, String fileName, Errors errors) {
            this.governmentId = governmentId;
            this.government = repository.government(governmentId).orElseThrow();
            this.fileName = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
            this.errors = errors;
            repository.units(governmentId).forEach(u -> units.put(u.getCode(), u));
            for (Position p : repository.allPositions(governmentId)) {
                if (p.isActive()) {
                    storedPositions.putIfAbsent(key(p.getUnit().getCode(), p.getTitle()), p);
                }
            }
            repository.ranks().forEach(r -> ranks.put(r.getCode().toUpperCase(Locale.ROOT), r));
        }

        void check(Row row) {
            int line = row.line();
            int before = errors.count();
            Cells cells = new Cells(row, errors);
            String name = cells.required("name");
            EmploymentStatus status = cells.enumeration("status", EmploymentStatus.class, IMPORTABLE_STATUSES);
            if (status == null && !row.has("status")) {
                errors.add(line, "status", "import.required", "status");
            }
            boolean asn = status == EmploymentStatus.PNS || status == EmploymentStatus.PPPK;
            Nip nip = nip(row, status, asn);
            Sex sex = sex(row);
            LocalDate birthDate = cells.date("birth_date", false);
            Rank rank = rank(row);
            String email = cells.text("email");
            String phone = cells.text("phone");

            boolean placed = row.has("unit_code") || row.has("position_title") || row.has("position_class")
                    || row.has("position_grade") || row.has("start_date");
            OrgUnit unit = null;
            String title = null;
            PositionClass positionClass = null;
            FunctionalGrade grade = null;
            LocalDate start = null;
            if (placed) {
                String unitCode = upper(cells.required("unit_code"));
                title = cells.required("position_title");
                positionClass = cells.enumeration("position_class", PositionClass.class,
                        EnumSet.allOf(PositionClass.class));
                grade = cells.enumeration("position_grade", FunctionalGrade.class,
                        EnumSet.allOf(FunctionalGrade.class));
                start = cells.date("start_date", true);
                if (unitCode != null) {
                    unit = units.get(unitCode);
                    if (unit == null) {
                        errors.add(line, "unit_code", "import.employee.unitUnknown", unitCode);
                    } else if (!unit.isActive()) {
                        errors.add(line, "unit_code", "import.employee.unitInactive", unitCode);
                    }
                }
            }
            if (errors.count() > before) {
                return;
            }

            Employee employee;
            try {
                employee = new Employee(government, name, status, nip, sex, birthDate, rank);
                employee.updateContact(email, phone);
            } catch (BusinessRuleException e) {
                errors.add(line, columnOf(e, EMPLOYEE_RULE_COLUMNS), e);
                return;
            }
            Placement placement = null;
            if (placed) {
                try {
                    PositionUse use = position(row, unit, title, positionClass, grade);
                    if (use == null) {
                        return;
                    }
                    placement = employee.placeIn(use.position, start, reason(line));
                    use.add(line, start);
                } catch (BusinessRuleException e) {
                    errors.add(line, columnOf(e, EMPLOYEE_RULE_COLUMNS), e);
                    return;
                }
            }
            planned.add(new PlannedEmployee(line, employee, placement));
        }

        private Nip nip(Row row, EmploymentStatus status, boolean asn) {
            int line = row.line();
            String raw = row.get("nip");
            if (raw == null) {
                if (asn) {
                    errors.add(line, "nip", "import.required", "nip");
                }
                return null;
            }
            if (status == EmploymentStatus.NON_ASN) {
                errors.add(line, "nip", "import.employee.nipNotAllowed", raw);
                return null;
            }
            Nip nip;
            try {
                nip = Nip.of(raw);
            } catch (BusinessRuleException e) {
                if (raw.matches("(?i)[0-9.,]+E\\+?[0-9]+")) {
                    // Excel turned the 18 digits into a number and lost the last ones
                    errors.add(line, "nip", "import.employee.nipAsNumber", raw);
                } else {
                    errors.add(line, "nip", e);
                }
                return null;
            }
            Integer first = nipLines.putIfAbsent(nip.value(), line);
            if (first != null) {
                errors.add(line, "nip", "import.employee.nipDuplicateInFile", nip.formatted(), first);
                return null;
            }
            if (repository.employeeByNip(nip.value()).isPresent()) {
                errors.add(line, "nip", "import.employee.nipExists", nip.formatted());
                return null;
            }
            return nip;
        }

        /** MALE/FEMALE, or L/P as on Indonesian forms (laki-laki, perempuan). */
        private Sex sex(Row row) {
            String raw = row.get("sex");
            if (raw == null) {
                return null;
            }
            return switch (normaliseEnum(raw)) {
                case "MALE", "L", "LAKI_LAKI" -> Sex.MALE;
                case "FEMALE", "P", "PEREMPUAN" -> Sex.FEMALE;
                default -> {
                    errors.add(row.line(), "sex", "import.invalidValue", raw, "MALE, FEMALE, L, P");
                    yield null;
                }
            };
        }

        private Rank rank(Row row) {
            String raw = row.get("rank");
            if (raw == null) {
                return null;
            }
            Rank rank = ranks.get(raw.replace(" ", "").toUpperCase(Locale.ROOT));
            if (rank == null) {
                errors.add(row.line(), "rank", "import.employee.rankUnknown", raw);
            }
            return rank;
        }

        /**
         * The position to place into: the unit's active position with that title, else one this file
         * already created, else a new (non-head) position of the given class. A class or grade in the
         * file must match the position's.
         */
        private PositionUse position(Row row, OrgUnit unit, String title, PositionClass positionClass,
                                     FunctionalGrade grade) {
            int line = row.line();
            String key = key(unit.getCode(), title);
            PositionUse use = uses.get(key);
            if (use == null) {
                Position stored = storedPositions.get(key);
                if (stored != null) {
                    use = new PositionUse(stored, false);
                } else if (positionClass == null) {
                    errors.add(line, "position_class", "import.employee.positionClassRequired", title,
                            unit.getCode());
                    return null;
                } else {
                    use = new PositionUse(new Position(unit, title, positionClass, grade, false, 1), true);
                }
                uses.put(key, use);
            }
            Position position = use.position;
            if (positionClass != null && positionClass != position.getPositionClass()) {
                errors.add(line, "position_class", "import.employee.positionClassMismatch", position.getTitle(),
                        position.getPositionClass());
                return null;
            }
            if (row.has("position_grade") && grade != position.getGrade()) {
                errors.add(line, "position_grade", "import.employee.positionGradeMismatch", position.getTitle(),
                        position.getGrade() == null ? "-" : position.getGrade());
                return null;
            }
            return use;
        }

        /**
         * Capacity grows as needed: a new position gets a seat per person placed in it; a stored one
         * grows to hold its current holders and the newcomers — except a head position, whose seat is
         * single (KL Pasal 10 peta jabatan: one head per unit), so a second head is an error.
         */
        void checkCapacities() {
            for (PositionUse use : uses.values()) {
                if (use.lines.isEmpty()) {
                    continue;
                }
                Position position = use.position;
                if (use.isNew) {
                    try {
                        position.redefine(position.getTitle(), position.getPositionClass(), position.getGrade(),
                                use.lines.size());
                    } catch (BusinessRuleException e) {
                        errors.add(use.lines.get(0), columnOf(e, EMPLOYEE_RULE_COLUMNS), e);
                    }
                    continue;
                }
                long occupied = repository.holders(governmentId, position.getId(), use.latestStart).size();
                long needed = occupied + use.lines.size();
                if (needed <= position.getCapacity()) {
                    continue;
                }
                if (position.isHeadsUnit()) {
                    int free = (int) Math.max(0, position.getCapacity() - occupied);
                    for (int line : use.lines.subList(Math.min(free, use.lines.size()), use.lines.size())) {
                        errors.add(line, "position_title", "placement.positionFull", position.getTitle(),
                                position.getCapacity());
                    }
                } else {
                    use.grownCapacity = (int) needed;
                }
            }
        }

        int write() {
            PositionUse current = null;
            try {
                for (PositionUse use : uses.values()) {
                    current = use;
                    if (use.isNew && !use.lines.isEmpty()) {
                        repository.add(use.position);
                    } else if (use.grownCapacity > 0) {
                        Position p = use.position;
                        p.redefine(p.getTitle(), p.getPositionClass(), p.getGrade(), use.grownCapacity);
                    }
                }
                current = null;
                for (PlannedEmployee p : planned) {
                    repository.add(p.employee());
                    if (p.placement() != null) {
                        repository.add(p.placement());
                    }
                }
                repository.flush();
            } catch (BusinessRuleException e) {
                int line = current == null || current.lines.isEmpty() ? 0 : current.lines.get(0);
                writeFailed(errors, line, columnOf(e, EMPLOYEE_RULE_COLUMNS), e.getMessageKey(),
                        e.getArguments().toArray());
                return 0;
            } catch (PersistenceException e) {
                // e.g. someone stored the same NIP meanwhile: the database refused, nothing stays written
                writeFailed(errors, 0, null, "import.writeFailed");
                return 0;
            }
            return planned.size();
        }

        /** The placement's recorded reason: where it came from (file and line), as data, not prose. */
        private String reason(int line) {
            String source = fileName.length() > 400 ? fileName.substring(0, 400) : fileName;
            return source + ":" + line;
        }

        private static String key(String unitCode, String title) {
            return unitCode + "|" + title.strip().toLowerCase(Locale.ROOT);
        }

        private record PlannedEmployee(int line, Employee employee, Placement placement) {
        }
    }

    /** A position the file places people in: which lines, from when, and how many seats it needs. */
    private static final class PositionUse {

        final Position position;
        final boolean isNew;
        final List<Integer> lines = new ArrayList<>();
        LocalDate latestStart;
        int grownCapacity;

        PositionUse(Position position, boolean isNew) {
            this.position = position;
            this.isNew = isNew;
        }

        void add(int line, LocalDate start) {
            lines.add(line);
            if (latestStart == null || start.isAfter(latestStart)) {
                latestStart = start;
            }
        }
    }

    // ------------------------------------------------------------- helpers

    /** Reads and checks the cells of one row, recording each problem against its column. */
    private static final class Cells {

        private final Row row;
        private final Errors errors;

        Cells(Row row, Errors errors) {
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
    }

    /**
     * The errors of one import, in line order. At most {@value #SHOWN} are kept (a wrong file can have
     * an error in every cell); the rest are counted and summed up in one last entry.
     */
    private static final class Errors {

        static final int SHOWN = 1000;

        private final List<ImportError> kept = new ArrayList<>();
        private int count;

        void add(int line, String column, String key, Object... args) {
            count++;
            if (kept.size() < SHOWN) {
                kept.add(ImportError.of(line, column, key, args));
            }
        }

        void add(int line, String column, BusinessRuleException refusal) {
            add(line, column, refusal.getMessageKey(), refusal.getArguments().toArray());
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
    }

    private static String columnOf(BusinessRuleException e, List<Map.Entry<String, String>> columns) {
        return columns.stream().filter(c -> e.getMessageKey().startsWith(c.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String normaliseEnum(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
