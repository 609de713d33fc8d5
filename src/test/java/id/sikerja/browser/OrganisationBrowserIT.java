package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation tree, unit and employee pages, and the employee list, as Klaten's admin and employee. */
@ExtendWith(ArquillianExtension.class)
class OrganisationBrowserIT extends BrowserTestBase {

    private static final String DEPARTMENT = "Dinas Kesehatan";
    private static final String UNIT = "Bidang Pelayanan Kesehatan";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void expandingADepartmentLoadsItsUnits() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);

        List<String> roots = tree.rootNames();
        assertTrue(roots.contains(DEPARTMENT), roots.toString());
        assertTrue(roots.contains("Sekretariat Daerah"), roots.toString());
        assertFalse(roots.contains(UNIT), "level-2 units are not roots: " + roots);
        assertTrue(tree.childNames(DEPARTMENT).isEmpty(), "children are not shown before expanding");

        tree.expand(DEPARTMENT);

        List<String> children = tree.childNames(DEPARTMENT);
        assertTrue(children.containsAll(List.of("Sekretariat", UNIT, "RSUD Bagas Waras")), children.toString());
        assertFalse(children.contains(DEPARTMENT), children.toString());
        String line = tree.nodeLine(UNIT);
        assertTrue(line.contains(msg("unit.levelShort") + " 2") && line.contains(msg("unit.people")), line);

        // a second level loads the same way
        tree.expand("RSUD Bagas Waras");
        assertTrue(tree.childNames("RSUD Bagas Waras").contains("Bidang Pelayanan Medik dan Keperawatan"),
                tree.childNames("RSUD Bagas Waras").toString());
    }

    @Test
    void searchFindsAUnitAndOpensItsPage() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);

        tree.search("pelayanan kesehatan");

        assertTrue(tree.resultNames().contains(UNIT), tree.resultNames().toString());
        int row = tree.resultNames().indexOf(UNIT);
        assertEquals(DEPARTMENT, tree.resultDepartments().get(row));

        UnitPage unit = tree.openResult(UNIT);
        assertEquals(UNIT, unit.name());
        assertTrue(unit.breadcrumbs().contains(DEPARTMENT), unit.breadcrumbs());
    }

    @Test
    void searchWithoutMatchSaysSo() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);

        tree.search("Tidak Ada Unit Begini");

        assertTrue(tree.resultNames().isEmpty());
        assertEquals(List.of(msg("tree.noResults", "Tidak Ada Unit Begini")), EmployeePage.messages());
    }

    @Test
    void unitPageListsPeopleWithAppraiserAndLeadsToTheirRecord() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);
        tree.search(UNIT);
        UnitPage unit = tree.openResult(UNIT);

        assertTrue(unit.peopleHeaders().contains(msg("employee.appraiser")), unit.peopleHeaders().toString());
        List<UnitPage.Person> people = unit.people();
        assertTrue(people.size() >= 2, people.toString());
        assertTrue(people.stream().allMatch(p -> !p.appraiser().isBlank()),
                "every person shows an appraiser or a problem: " + people);
        UnitPage.Person head = people.stream().filter(UnitPage.Person::head).findFirst()
                .orElseThrow(() -> new AssertionError("no unit head (★) among " + people));
        UnitPage.Person staff = people.stream().filter(p -> !p.head() && p.appraiser().equals(head.name())).findFirst()
                .orElseThrow(() -> new AssertionError("nobody appraised by the head " + head.name() + ": " + people));

        EmployeePage employee = unit.openPerson(staff.name());

        List<EmployeePage.HistoryRow> history = employee.history();
        assertAll(
                () -> assertEquals(staff.name(), employee.name()),
                () -> assertTrue(employee.appraisalProblem().isPresent() || !employee.appraiserName().isBlank(),
                        "appraiser or problem shown"),
                () -> assertEquals(head.name(), employee.appraiserName(), "same appraiser as on the unit page"),
                () -> assertEquals(head.name(), employee.unitHeadName(), "unit head"),
                () -> assertTrue(employee.historyHeaders().containsAll(List.of(msg("employee.position"), msg("unit.name"),
                        msg("placement.start"))), employee.historyHeaders().toString()),
                () -> assertFalse(history.isEmpty(), "placement history"),
                () -> assertTrue(history.stream().anyMatch(h -> h.unit().equals(UNIT) && h.position().equals(staff.position())
                        && h.end().isEmpty()), "current placement in the history: " + history),
                () -> assertTrue(history.stream().allMatch(h -> h.start().matches("\\d{2}-\\d{2}-\\d{4}")),
                        "dates as dd-MM-yyyy: " + history));
    }

    @Test
    void headOfAUnitSeesTheirOwnAppraiserAndUnitHead() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);
        tree.search(UNIT);
        UnitPage unit = tree.openResult(UNIT);
        UnitPage.Person head = unit.people().stream().filter(UnitPage.Person::head).findFirst().orElseThrow();

        EmployeePage employee = unit.openPerson(head.name());

        // the head of a Bidang is appraised by someone else (the Kepala Dinas), never by themself
        assertTrue(employee.appraisalProblem().isPresent() || !employee.appraiserName().isBlank());
        assertNotEquals(head.name(), employee.appraiserName());
        assertEquals(head.appraiser(), employee.appraiserName());
    }

    @Test
    void employeeListIsPagedAndSearchNarrowsIt() {
        login("klaten.admin");
        EmployeeListPage list = EmployeeListPage.open(this);

        assertTrue(list.paginatorVisible(), "paginator shown");
        List<EmployeeListPage.Row> first = list.rows();
        assertEquals(20, first.size(), "20 rows per page");
        assertTrue(list.pageLinks() >= 2, "more than one page");
        List<String> names = first.stream().map(EmployeeListPage.Row::name).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "sorted by name");

        list.nextPage();
        List<String> second = list.names();
        assertEquals(20, second.size());
        assertTrue(second.stream().noneMatch(names::contains), "page 2 shows other people: " + second);

        EmployeeListPage.Row someone = first.get(3);
        list.search(someone.name());
        List<EmployeeListPage.Row> found = list.rows();
        assertTrue(found.size() < 20 && !found.isEmpty(), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.id() == someone.id()), found.toString());
        assertTrue(found.stream().allMatch(r -> r.name().toLowerCase(Locale.ROOT).contains(someone.name().toLowerCase(Locale.ROOT))),
                found.toString());

        String nip = first.stream().map(EmployeeListPage.Row::nip).filter(n -> n.matches("\\d{18}")).findFirst()
                .orElseThrow(() -> new AssertionError("nobody with a NIP on page 1"));
        list.search(nip);
        assertEquals(List.of(nip), list.rows().stream().map(EmployeeListPage.Row::nip).toList(), "search by NIP");

        list.search("Nama Yang Tidak Pernah Ada");
        assertTrue(list.rows().isEmpty());
        assertEquals(msg("employees.none"), list.emptyMessage());
    }

    /** PrimeFaces shows a filter box under the Nama/NIP/Jabatan/Unit headers; typing there must narrow the list. */
    @Test
    void columnFilterBoxesNarrowTheList() throws InterruptedException {
        login("klaten.admin");
        EmployeeListPage list = EmployeeListPage.open(this);
        EmployeeListPage.Row someone = list.rows().get(5);

        list.filterFirstColumn(someone.name());

        List<EmployeeListPage.Row> rows = list.rows();
        assertTrue(rows.stream().allMatch(r -> r.name().toLowerCase(Locale.ROOT).contains(someone.name().toLowerCase(Locale.ROOT))),
                "after typing \"" + someone.name() + "\" in the Nama filter the list still shows " + rows.size()
                        + " rows: " + rows.stream().map(EmployeeListPage.Row::name).toList());
    }

    @Test
    void employeeSeesOnlyThemselvesInTheList() {
        HomePage home = login("klaten.pegawai");
        String me = home.welcome().substring((msg("home.welcome") + ", ").length()).strip();

        EmployeeListPage list = EmployeeListPage.open(this);

        assertEquals(List.of(me), list.names());
        EmployeePage page = list.openEmployee(me);
        assertEquals(me, page.name());
        assertFalse(page.editable(), "an employee cannot edit their record");
    }

    @Test
    void unitHeadSeesTheirSubtree() {
        login("klaten.kabid");
        EmployeeListPage list = EmployeeListPage.open(this);

        List<EmployeeListPage.Row> rows = list.rows();
        assertFalse(rows.isEmpty());
        assertTrue(rows.size() < 20, "a Kepala Bidang sees their Bidang, not the government: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> r.unit().equals(UNIT)), rows.toString());
    }
}
