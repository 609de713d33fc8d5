package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.ImportService;
import id.sikerja.application.TabularRows;
import id.sikerja.application.TabularRows.Table;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Imports in two phases. First every row is checked and then built in memory with the domain's own
 * constructors and methods ({@link OrgUnit#addChild}, {@code new Position}, {@code new Employee},
 * {@link Employee#placeIn}) — nothing is persisted and no stored entity is changed, so a refusal by a
 * domain rule simply becomes that row's error. Only when no row has an error (and it is not a dry run)
 * is everything persisted, in file order, in this one transaction. Should anything still fail while
 * writing, the transaction is marked for rollback, so an import is never half written.
 *
 * <p>This bean checks the caller, reads the file as a whole and is the transaction; the rows are checked,
 * built and written by {@link UnitImport} and {@link EmployeeImport}.
 */
@Stateless
public class ImportServiceBean implements ImportService {

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
        ImportErrors errors = new ImportErrors();
        Table table = read(in, fileName, UnitImport.COLUMNS, UnitImport.REQUIRED, errors);
        if (!errors.isEmpty()) {
            return errors.report(Kind.UNITS, table == null ? 0 : table.rows().size(), 0);
        }
        UnitImport units = new UnitImport(repository, g, errors);
        units.check(table.rows());
        int written = errors.isEmpty() && !dryRun ? write(units::write, errors) : 0;
        return errors.report(Kind.UNITS, table.rows().size(), written);
    }

    @Override
    public ImportReport importEmployees(InputStream in, String fileName, boolean dryRun) {
        long g = adminGovernment();
        ImportErrors errors = new ImportErrors();
        Table table = read(in, fileName, EmployeeImport.COLUMNS, EmployeeImport.REQUIRED, errors);
        if (!errors.isEmpty()) {
            return errors.report(Kind.EMPLOYEES, table == null ? 0 : table.rows().size(), 0);
        }
        EmployeeImport employees = new EmployeeImport(repository, g, fileName, errors);
        table.rows().forEach(employees::check);
        employees.checkCapacities();
        int written = errors.isEmpty() && !dryRun ? write(employees::write, errors) : 0;
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
    private Table read(InputStream in, String fileName, List<String> known, Set<String> required,
                       ImportErrors errors) {
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

    /**
     * Writes what the import built; should something fail after writing started, marks the transaction
     * for rollback, so an import is never half written.
     */
    private int write(IntSupplier write, ImportErrors errors) {
        int written = write.getAsInt();
        if (errors.rollbackNeeded()) {
            context.setRollbackOnly();
        }
        return written;
    }
}
