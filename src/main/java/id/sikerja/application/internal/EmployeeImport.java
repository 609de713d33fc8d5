package id.sikerja.application.internal;

import id.sikerja.application.TabularRows.Row;
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
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.PersistenceException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static id.sikerja.application.internal.ImportCells.normaliseEnum;
import static id.sikerja.application.internal.ImportCells.upper;
import static id.sikerja.application.internal.ImportErrors.columnOf;

/**
 * The employees of one import file: each row is checked and built in memory ({@code new Employee},
 * {@link Employee#placeIn} into a stored position or one this file creates), seats are counted per
 * position, and only then, when no row has an error, everything is written. Used by
 * {@link ImportServiceBean}, in its transaction.
 */
final class EmployeeImport {

    static final List<String> COLUMNS = List.of("nip", "name", "status", "sex", "birth_date", "rank",
            "unit_code", "position_title", "position_class", "position_grade", "start_date", "email", "phone", "equalisation");
    static final Set<String> REQUIRED = Set.of("name", "status");

    /** Statuses an import may create; the regional head (STATE_OFFICIAL) is entered by hand. */
    private static final Set<EmploymentStatus> IMPORTABLE_STATUSES = EnumSet.of(EmploymentStatus.PNS,
            EmploymentStatus.PPPK, EmploymentStatus.NON_ASN);

    /** Which column a domain refusal is about, by message-key prefix (most specific first). */
    private static final List<Map.Entry<String, String>> RULE_COLUMNS = List.of(
            Map.entry("nip.", "nip"),
            Map.entry("employee.equalisation", "equalisation"),
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

    private final OrganisationRepository repository;
    private final long governmentId;
    private final Government government;
    private final String fileName;
    private final ImportErrors errors;
    private final Map<String, OrgUnit> units = new HashMap<>();
    /** Active stored positions by "UNIT-CODE|title in lower case". */
    private final Map<String, Position> storedPositions = new HashMap<>();
    private final Map<String, Rank> ranks = new HashMap<>();
    private final Map<String, Integer> nipLines = new HashMap<>();
    /** The positions this file places people in, stored or new, by the same key. */
    private final Map<String, PositionUse> uses = new LinkedHashMap<>();
    private final List<PlannedEmployee> planned = new ArrayList<>();

    EmployeeImport(OrganisationRepository repository, long governmentId, String fileName, ImportErrors errors) {
        this.repository = repository;
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
        ImportCells cells = new ImportCells(row, errors);
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
        // optional: came into the functional position through penyetaraan jabatan (KL Pasal 24-25)
        boolean equalised = cells.flag("equalisation");

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
            employee.recordEqualisation(equalised);
        } catch (BusinessRuleException e) {
            errors.add(line, columnOf(e, RULE_COLUMNS), e);
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
                errors.add(line, columnOf(e, RULE_COLUMNS), e);
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
                    errors.add(use.lines.get(0), columnOf(e, RULE_COLUMNS), e);
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
            errors.writeFailed(line, columnOf(e, RULE_COLUMNS), e.getMessageKey(),
                    e.getArguments().toArray());
            return 0;
        } catch (PersistenceException e) {
            // e.g. someone stored the same NIP meanwhile: the database refused, nothing stays written
            errors.writeFailed(0, null, "import.writeFailed");
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
}
