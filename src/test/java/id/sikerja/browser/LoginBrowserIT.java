package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in of every role, wrong passwords, sign-out, and what a signed-in user may not open. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    /**
     * Every demo login of Klaten (one per role) and one per other government: the home page greets
     * them and names exactly the roles their grants and placement give (RoleDerivation), in
     * Indonesian, under their own government's name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "klaten.pegawai;    klaten;       EMPLOYEE",
            "klaten.ketua;      klaten;       EMPLOYEE TEAM_LEAD",
            "klaten.kabid;      klaten;       EMPLOYEE UNIT_HEAD",
            "klaten.kadis;      klaten;       EMPLOYEE UNIT_HEAD DEPARTMENT_HEAD",
            "klaten.sekda;      klaten;       EMPLOYEE UNIT_HEAD DEPARTMENT_HEAD AUTHORITY",
            "klaten.bupati;     klaten;       EMPLOYEE UNIT_HEAD AUTHORITY",
            "klaten.admin;      klaten;       EMPLOYEE ADMIN",
            "klaten.pengawas;   klaten;       EMPLOYEE OVERSIGHT",
            "jombang.admin;     jombang;      EMPLOYEE ADMIN",
            "kayong.kadis;      kayong-utara; EMPLOYEE UNIT_HEAD DEPARTMENT_HEAD",
            "pasuruan.walikota; pasuruan;     EMPLOYEE UNIT_HEAD AUTHORITY",
    })
    void everyRoleSignsInAndSeesItsRoles(String username, String seedFile, String roles) {
        HomePage home = login(username);

        Set<String> expected = new TreeSet<>(Arrays.asList(roles.trim().split("\\s+")));
        Set<String> expectedNames = expected.stream().map(r -> msg("role." + r)).collect(Collectors.toCollection(TreeSet::new));
        String welcome = home.welcome();
        assertAll(username,
                () -> assertTrue(welcome.startsWith(msg("home.welcome") + ", ") && welcome.length() > msg("home.welcome").length() + 3,
                        "welcome line names the person: " + welcome),
                () -> assertEquals(expected, home.roleCodes(), "roles shown"),
                () -> assertEquals(expectedNames, home.roleNames(), "role names in Indonesian"),
                () -> assertTrue(home.rolesText().startsWith(msg("home.roles")), home.rolesText()),
                () -> assertEquals(shortNameOf(seedFile),
                        driver.findElement(By.cssSelector(".topbar .government")).getText().strip(), "government"),
                () -> assertEquals(username, driver.findElement(By.cssSelector(".topbar .user")).getText().strip()),
                () -> assertEquals(expected.contains("ADMIN") || expected.contains("OVERSIGHT"),
                        HomePage.menuText().contains(msg("menu.admin")), "administration menu only for ADMIN/OVERSIGHT"));
    }

    @Test
    void wrongPasswordShowsMessageAndStaysOnLoginPage() {
        LoginPage page = LoginPage.open(this);
        page.submit("klaten.kabid", "bukan-sandinya");

        page = new LoginPage(this);
        assertEquals(List.of(msg("login.failed")), page.messages());
        assertTrue(LoginPage.isShown(), "still on the login page: " + driver.getCurrentUrl());
        assertTrue(driver.findElements(HomePage.WELCOME).isEmpty());

        // and the right password still works afterwards
        page.submit("klaten.kabid", PASSWORD);
        new HomePage(this);
    }

    @Test
    void unknownUserShowsTheSameMessage() {
        LoginPage page = LoginPage.open(this);
        page.submit("klaten.tidakada", PASSWORD);

        assertEquals(List.of(msg("login.failed")), new LoginPage(this).messages());
    }

    @Test
    void emptyFormShowsRequiredMessages() {
        LoginPage page = LoginPage.open(this);
        page.submit("", "");

        List<String> messages = new LoginPage(this).messages();
        assertTrue(messages.contains(msg("login.usernameRequired")), messages.toString());
        assertTrue(messages.contains(msg("login.passwordRequired")), messages.toString());
    }

    @Test
    void logoutReturnsToLoginAndProtectedPagesRedirectThere() {
        login("klaten.ketua");

        HomePage.logout(this);
        assertTrue(LoginPage.isShown(), "after sign-out: " + driver.getCurrentUrl());

        open("org/tree.xhtml");
        wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(LoginPage.USERNAME));
        assertTrue(LoginPage.isShown(), "protected page after sign-out goes to login: " + driver.getCurrentUrl());
        assertTrue(driver.findElements(TreePage.TREE).isEmpty());

        open("index.xhtml");
        wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(LoginPage.USERNAME));
        assertTrue(driver.findElements(HomePage.WELCOME).isEmpty(), "home page is not shown signed out");
    }

    @Test
    void signingInFromARedirectContinuesToTheRequestedPage() {
        open("org/tree.xhtml");
        LoginPage page = new LoginPage(this);
        page.submit("klaten.admin", PASSWORD);

        wait(TIMEOUT).until(d -> !d.findElements(TreePage.TREE).isEmpty() || !d.findElements(HomePage.WELCOME).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/org/tree.xhtml") && !driver.findElements(TreePage.TREE).isEmpty(),
                "after signing in the user should be on the page they asked for (org/tree.xhtml), but is on "
                        + driver.getCurrentUrl());
    }

    @Test
    void nonAdminGetsAccessDeniedPageForAdministration() {
        login("klaten.pegawai");
        assertFalse(HomePage.menuText().contains(msg("menu.admin")), "no administration menu for an employee");

        open("admin/problems.xhtml");

        assertEquals(msg("error.403.title"), visible(By.id("errorTitle")).getText().strip());
        assertNoStackTrace();
        assertTrue(driver.findElements(By.id("problems")).isEmpty(), "the problems table is not shown");
    }

    @Test
    void oversightMayReadProblemsButNotImport() {
        login("klaten.pengawas");

        open("admin/problems.xhtml");
        assertEquals(msg("problems.title"), HomePage.heading());

        open("admin/import.xhtml");
        assertEquals(msg("error.403.title"), visible(By.id("errorTitle")).getText().strip());
        assertNoStackTrace();
    }

    @Test
    void employeeCannotOpenSomeoneElsesRecord() {
        login("klaten.admin");
        EmployeeListPage list = EmployeeListPage.open(this);
        long someoneElse = list.rows().get(0).id();
        HomePage.logout(this);

        login("klaten.pegawai");
        open("org/employee.xhtml?id=" + someoneElse);

        assertEquals(msg("error.403.title"), visible(By.id("errorTitle")).getText().strip());
        assertNoStackTrace();
    }

    @Test
    void otherGovernmentsRecordsAreNotVisible() {
        login("klaten.admin");
        long klatenEmployee = EmployeeListPage.open(this).rows().get(0).id();
        HomePage.logout(this);

        login("jombang.admin");
        open("org/employee.xhtml?id=" + klatenEmployee);

        String title = visible(By.id("errorTitle")).getText().strip();
        assertTrue(title.equals(msg("error.403.title")) || title.equals(msg("error.404.title")), title);
        assertNoStackTrace();
    }

    @Test
    void unknownUnitShowsNotFoundPage() {
        login("klaten.admin");
        open("org/unit.xhtml?id=987654321");

        assertEquals(msg("error.404.title"), visible(By.id("errorTitle")).getText().strip());
        assertNoStackTrace();
    }

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(\\w+\\.java:\\d+\\)");

    /** No exception name or stack frame on the page (the PrimeFaces settings script may name exception classes). */
    static void assertNoStackTrace() {
        String text = driver.findElement(By.tagName("body")).getText();
        String source = driver.getPageSource();
        assertFalse(text.contains("Exception"), "page shows an exception: " + text);
        assertFalse(source.contains("at id.sikerja") || STACK_FRAME.matcher(source).find(),
                "page shows a stack trace");
    }

    /** The signed-in user's name in the top bar can be read (WCAG AA contrast 4.5:1 against its background). */
    @Test
    void signedInUserNameIsReadable() {
        login("klaten.kadis");

        double contrast = ((Number) script(CONTRAST, driver.findElement(By.cssSelector(".topbar .user")))).doubleValue();

        assertTrue(contrast >= 4.5, "the user name \"klaten.kadis\" in the top bar has contrast " + Math.round(contrast * 100) / 100.0
                + ":1 against its background");
    }

    /** Contrast ratio between an element's text colour and the first opaque background behind it. */
    static final String CONTRAST = """
            function rgba(s) { var m = s.match(/[\\d.]+/g).map(Number); if (m.length < 4) m.push(1); return m; }
            function lum(c) {
              var a = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
            }
            var el = arguments[0], fg = rgba(getComputedStyle(el).color), bg = [255, 255, 255, 1];
            for (var e = el; e; e = e.parentElement) {
              var c = rgba(getComputedStyle(e).backgroundColor);
              if (c[3] > 0) { bg = c; break; }
            }
            var l1 = lum(fg), l2 = lum(bg);
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            """;

    /** The government's short name as the seed file gives it (e.g. "Kab. Klaten"). */
    private static String shortNameOf(String seedFile) {
        try (InputStream in = LoginBrowserIT.class.getResourceAsStream("/seed/governments/" + seedFile + ".json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"shortName\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new AssertionError("no shortName in " + seedFile);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
