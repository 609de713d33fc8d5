package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's import page: a file with errors is refused whole with line numbers; a good file is imported. */
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT extends BrowserTestBase {

    private static final String UNITS_HEADER = "parent_code,code,name,kind,type,level,head_title,head_class,head_grade";
    private static final String EMPLOYEES_HEADER =
            "nip,name,status,sex,birth_date,rank,unit_code,position_title,position_class,position_grade,start_date,email,phone";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void unitsFileWithErrorsIsRefusedWithLineNumbersThenAGoodFileIsImported() throws IOException {
        String suffix = suffix();
        String parentCode = "UJI-" + suffix;
        String childCode = "UJI-" + suffix + "-SUB";
        String parentName = "Seksi Uji Peramban " + suffix;
        String childName = "Subseksi Uji Peramban " + suffix;
        Path bad = csv("units-bad", UNITS_HEADER,
                "TIDAK-ADA-INDUK,UJI-" + suffix + "-X1,Unit Uji Tanpa Induk,ORGANISATION_UNIT,,2,,,",
                "DINKES,UJI-" + suffix + "-X2,Unit Uji Level Salah,ORGANISATION_UNIT,,dua,,,",
                "DINKES," + parentCode + "," + parentName + ",ORGANISATION_UNIT,,2,Kepala " + parentName + ",ADMINISTRATOR,");
        Path good = csv("units-good", UNITS_HEADER,
                "DINKES," + parentCode + "," + parentName + ",ORGANISATION_UNIT,,2,Kepala " + parentName + ",ADMINISTRATOR,",
                parentCode + "," + childCode + "," + childName + ",ORGANISATION_UNIT,,3,,,");
        login("klaten.admin");
        ImportPage page = ImportPage.open(this);
        assertEquals(msg("import.title"), page.heading());

        page.importUnits(bad);

        List<ImportPage.ErrorRow> errors = page.errors();
        assertAll(
                () -> assertEquals(msg("import.summary.failed", 2), page.outcome()),
                () -> assertEquals(2, page.errorCount()),
                () -> assertEquals(0, page.rowsWritten()),
                () -> assertEquals(List.of("2", "3"), errors.stream().map(ImportPage.ErrorRow::line).toList(), errors.toString()),
                () -> assertEquals(List.of("parent_code", "level"), errors.stream().map(ImportPage.ErrorRow::column).toList()),
                () -> assertEquals(msg("import.unit.parentUnknown", "TIDAK-ADA-INDUK"), errors.get(0).message()),
                () -> assertEquals(msg("import.notANumber", "dua"), errors.get(1).message()));
        // all or nothing: the good third line was not written either
        TreePage tree = TreePage.open(this);
        tree.search(parentName);
        assertTrue(tree.resultNames().isEmpty(), "nothing imported from a file with errors: " + tree.resultNames());

        ImportPage.open(this).importUnits(good);

        ImportPage done = new ImportPage(this);
        assertAll(
                () -> assertEquals(msg("import.summary.done", 2), done.outcome()),
                () -> assertEquals(2, done.rowsRead()),
                () -> assertEquals(2, done.rowsWritten()),
                () -> assertEquals(0, done.errorCount()),
                () -> assertFalse(done.errorsShown(), "no errors table after a good import"));
        tree = TreePage.open(this);
        tree.search(parentName);
        // the search matches by substring, so the Subseksi comes along
        assertEquals(List.of(parentName, childName), tree.resultNames().stream().sorted().toList());
        assertEquals(List.of("Dinas Kesehatan", "Dinas Kesehatan"), tree.resultDepartments());
        UnitPage unit = tree.openResult(parentName);
        String children = driver.findElement(By.id("children")).getText();
        assertTrue(children.contains(childName), children);
        String positions = driver.findElement(By.id("positions")).getText();
        assertTrue(positions.contains("Kepala " + parentName), positions);
        assertEquals(parentName, unit.name());

        // the same file again: the codes exist now
        ImportPage again = ImportPage.open(this).importUnits(good);
        List<ImportPage.ErrorRow> again2 = again.errors();
        assertEquals(List.of("2", "3"), again2.stream().map(ImportPage.ErrorRow::line).toList(), again2.toString());
        assertEquals(msg("import.unit.codeExists", parentCode), again2.get(0).message());
    }

    @Test
    void checkOnlyWritesNothing() throws IOException {
        String suffix = suffix();
        String name = "Seksi Uji Periksa " + suffix;
        Path file = csv("units-check", UNITS_HEADER, "DINKES,UJI-" + suffix + ",Seksi Uji Periksa " + suffix + ",,,2,,,");
        login("klaten.admin");
        ImportPage page = ImportPage.open(this);

        driver.findElement(By.cssSelector("[id='unitsDryRun'] .ui-chkbox-box")).click();
        page.importUnits(file);

        assertEquals(msg("import.summary.checked", 1), page.outcome());
        assertEquals(0, page.rowsWritten());
        TreePage tree = TreePage.open(this);
        tree.search(name);
        assertTrue(tree.resultNames().isEmpty(), tree.resultNames().toString());
    }

    @Test
    void employeesFileWithErrorsListsLinesThenAGoodFileIsImported() throws IOException {
        String suffix = suffix();
        String name = "Zaenal Uji Peramban " + suffix;
        Path bad = csv("employees-bad", EMPLOYEES_HEADER,
                "12345,Zaenal Uji Satu,PNS,,,III/a,DINKES-P2P,Pengadministrasi Perkantoran,PELAKSANA,,2025-07-01,,",
                ",Zaenal Uji Dua,NON_ASN,L,1998-04-02,,TIDAK-ADA,Pengadministrasi Perkantoran,PELAKSANA,,2025-07-01,,");
        Path good = csv("employees-good", EMPLOYEES_HEADER,
                "," + name + ",NON_ASN,L,1998-04-02,,DINKES-P2P,Pengadministrasi Perkantoran,PELAKSANA,,2025-07-01,,081234500001");
        login("klaten.admin");
        ImportPage page = ImportPage.open(this);

        page.importEmployees(bad);

        List<ImportPage.ErrorRow> errors = page.errors();
        assertEquals(List.of("2", "3"), errors.stream().map(ImportPage.ErrorRow::line).toList(), errors.toString());
        assertEquals(List.of("nip", "unit_code"), errors.stream().map(ImportPage.ErrorRow::column).toList());
        assertEquals(msg("nip.invalid.length", "12345"), errors.get(0).message());
        assertEquals(msg("import.employee.unitUnknown", "TIDAK-ADA"), errors.get(1).message());

        ImportPage.open(this).importEmployees(good);

        ImportPage done = new ImportPage(this);
        assertEquals(msg("import.summary.done", 1), done.outcome());
        assertEquals(1, done.rowsWritten());
        EmployeeListPage list = EmployeeListPage.open(this);
        list.search(name);
        List<EmployeeListPage.Row> rows = list.rows();
        assertEquals(List.of(name), rows.stream().map(EmployeeListPage.Row::name).toList());
        assertEquals("Pengadministrasi Perkantoran", rows.get(0).position());
    }

    @Test
    void importWithoutFileAsksForOne() {
        login("klaten.admin");
        ImportPage.open(this);

        driver.findElement(ImportPage.IMPORT_UNITS).click();
        waitForAjax();

        assertEquals(List.of(msg("import.noFile")), EmployeePage.messages());
        assertTrue(driver.findElements(ImportPage.SUMMARY).isEmpty());
    }

    @Test
    void importIsInTheAdminMenuOnly() {
        login("klaten.admin");
        assertEquals(1, driver.findElements(By.id("topForm:menuImport")).size());
        HomePage.logout(this);

        login("klaten.pengawas");
        assertTrue(driver.findElements(By.id("topForm:menuImport")).isEmpty(), "no import for oversight");
        assertEquals(1, driver.findElements(By.id("topForm:menuProblems")).size());
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static Path csv(String name, String header, String... rows) throws IOException {
        Path dir = buildDir().resolve("browser-uploads");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + suffix() + ".csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
