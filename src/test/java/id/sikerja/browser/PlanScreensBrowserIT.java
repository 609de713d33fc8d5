package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sikerja.browser.PlanPages.SKP_STATE;
import static id.sikerja.browser.PlanPages.click;
import static id.sikerja.browser.PlanPages.navigate;
import static id.sikerja.browser.PlanPages.text;
import static id.sikerja.browser.PlanPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new user notices on the plan-stage screens, read in Indonesian: states in a history, an approved SKP's
 * annex, who writes the expectations, the regional head's home page, the menu names and the dialogue form's layout.
 * Every test leaves the demo data as it found it.
 */
@ExtendWith(ArquillianExtension.class)
class PlanScreensBrowserIT extends BrowserTestBase {

    private static final int YEAR = LocalDate.now().getYear();

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    /** The demo SKP awaiting the Jombang Kabid's approval: drafted, then submitted. */
    private void openSkpAwaitingApproval() {
        login("jombang.kabid");
        PlanPages.followInbox(this, "skp.approve", "SKP " + YEAR);
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE));
    }

    private void openOwnSkp(String username) {
        login(username);
        open("plan/skps.xhtml");
        navigate(this, By.cssSelector("#mine a.open-skp"));
    }

    @Test
    void theSkpHistoryNamesItsStatesInIndonesian() {
        openSkpAwaitingApproval();
        String history = text(this, By.cssSelector(".audit-history"));

        assertTrue(history.contains(msg("audit.state.SKP.DRAFT") + " → " + msg("audit.state.SKP.SUBMITTED")), history);
        assertTrue(history.contains("Draf → Diajukan"), history);
        assertFalse(history.contains("DRAFT") || history.contains("SUBMITTED"), () -> "raw state codes: " + history);
    }

    /** PermenPANRB 6/2022 Lampiran: "Ekspektasi Khusus Pimpinan" is the appraiser's to write. */
    @Test
    void theAppraiserWritesTheExpectationsTheOwnerReadsThem() {
        openSkpAwaitingApproval();
        assertFalse(driver.findElements(By.cssSelector("#behaviourForm textarea.expectation-input")).isEmpty(),
                "the appraiser writes the expectations while the SKP awaits approval");
        assertFalse(driver.findElements(By.id("behaviourForm:saveBehaviours")).isEmpty());

        open("login.xhtml");
        driver.manage().deleteAllCookies();
        openOwnSkp("kayong.pegawai");
        assertEquals(msg("skp.state.DRAFT"), text(this, SKP_STATE));
        assertTrue(driver.findElements(By.cssSelector("#behaviourForm textarea")).isEmpty(),
                "the owner of a draft reads the expectations, he does not write them");
        assertTrue(driver.findElements(By.id("behaviourForm:saveBehaviours")).isEmpty());
        assertEquals(7, driver.findElements(By.cssSelector("#behaviourForm .expectation")).size());
        assertEquals(msg("skp.expectationByAppraiser"), text(this, By.id("expectationHelp")));
    }

    @Test
    void anApprovedSkpShowsItsAnnexAsText() {
        openOwnSkp("jombang.kabid");
        assertEquals(msg("skp.state.APPROVED"), text(this, SKP_STATE));

        assertTrue(driver.findElements(By.cssSelector("textarea[class*='annex-']")).isEmpty(), "no annex boxes");
        assertFalse(driver.getPageSource().contains(msg("skp.annexHelp")), "no \"one item per line\" placeholder");
        String annex = text(this, By.id("annexText"));
        for (String kind : List.of("RESOURCE", "ACCOUNTABILITY", "CONSEQUENCE")) {
            assertTrue(annex.contains(msg("skp.annex." + kind)), annex);
        }
    }

    @Test
    void aLongUnbrokenResultWrapsInTheResultsTable() {
        String unbroken = "Terlaksananyapendampinganakreditasipuskesmasdiseluruhwilayahkerjadinaskesehatankabupaten";
        openOwnSkp("kayong.pegawai");
        PlanPages.choose(this, "resultEditor:category", "TAMBAHAN");
        type(this, By.id("resultEditor:text"), unbroken);
        type(this, By.id("resultEditor:indicator"), "Jumlah laporan");
        type(this, By.id("resultEditor:targetValue"), "1");
        click(this, By.id("resultEditor:saveResult"));
        assertEquals(List.of(msg("saved")), PlanPages.messages());

        WebElement row = driver.findElements(By.cssSelector("#resultsForm\\:results tr.result-row")).stream()
                .filter(r -> r.getText().replaceAll("\\s", "").contains(unbroken)).findFirst().orElseThrow();
        WebElement cell = row.findElement(By.cssSelector(".result-text")).findElement(By.xpath("./ancestor::td[1]"));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) script("const c = arguments[0];"
                    + "return {scroll: c.scrollWidth, client: c.clientWidth, text: c.querySelector('.result-text').getBoundingClientRect().right,"
                    + " right: c.getBoundingClientRect().right};", cell);
            assertTrue(size.get("scroll").doubleValue() <= size.get("client").doubleValue() + 1
                            && size.get("text").doubleValue() <= size.get("right").doubleValue() + 1,
                    () -> "the result text runs out of its cell: " + size);
        } finally {
            WebElement remove = row.findElement(By.cssSelector(".remove-result"));
            script("arguments[0].scrollIntoView({block:'center'});", remove);
            remove.click();
            waitForAjax();
        }
        assertFalse(text(this, By.id("resultsForm:results")).replaceAll("\\s", "").contains(unbroken));
    }

    @Test
    void theRegionalHeadIsShownAsNotAppraised() {
        for (String head : List.of("jombang.bupati", "pasuruan.walikota")) {
            open("login.xhtml");
            driver.manage().deleteAllCookies();
            login(head);
            assertEquals(msg("employee.notAppraised"), text(this, By.id("myAppraiser")), head);
        }
    }

    @Test
    void menuItemsAreNotNamedLikeTheirMenu() {
        login("kayong.kabid");
        List<String> clashes = new ArrayList<>();
        for (WebElement submenu : driver.findElements(By.cssSelector(".mainmenu li.ui-menu-parent"))) {
            String label = textContent(submenu.findElement(By.cssSelector(":scope > a .ui-menuitem-text")));
            for (WebElement item : submenu.findElements(By.cssSelector(":scope > ul a .ui-menuitem-text"))) {
                if (textContent(item).equalsIgnoreCase(label)) {
                    clashes.add(label);
                }
            }
        }
        assertTrue(clashes.isEmpty(), () -> "menu items named like their menu: " + clashes);
        String menu = (String) script("return document.querySelector('.mainmenu').textContent;");
        assertTrue(menu.contains(msg("assignment.manage.title")) && menu.contains(msg("team.title")), menu);
    }

    @Test
    void dialogueFormLabelsSitBesideTheirFields() {
        openOwnSkp("kayong.pegawai");
        WebElement fieldset = visible(By.id("subjectDialogueForm:subjectDialogueFieldset"));
        if (driver.findElements(By.id("subjectDialogueForm:participants")).stream().noneMatch(WebElement::isDisplayed)) {
            click(this, By.cssSelector("#subjectDialogueForm\\:subjectDialogueFieldset > legend"));
            wait(TIMEOUT).until(d -> d.findElement(By.id("subjectDialogueForm:participants")).isDisplayed());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) script(
                "const grid = arguments[0].querySelector('.form-grid'); const out = [];"
                        + "for (const label of grid.querySelectorAll(':scope > label')) {"
                        + "  const field = document.getElementById(label.htmlFor);"
                        + "  let cell = field; while (cell && cell.parentElement !== grid) cell = cell.parentElement;"
                        + "  const l = label.getBoundingClientRect(), f = cell ? cell.getBoundingClientRect() : null;"
                        + "  out.push({label: label.textContent.trim(), found: !!cell, lTop: l.top, lHeight: l.height,"
                        + "    lRight: l.right, fTop: f ? f.top : 0, fHeight: f ? f.height : 0, fLeft: f ? f.left : 0,"
                        + "    several: !!cell && getComputedStyle(cell).alignSelf === 'start'});"
                        + "} return out;", fieldset);
        assertTrue(pairs.size() >= 7, pairs::toString);
        List<String> off = new ArrayList<>();
        for (Map<String, Object> p : pairs) {
            if (!(Boolean) p.get("found")) {
                off.add(p.get("label") + ": no field");
                continue;
            }
            double lTop = num(p, "lTop"), lHeight = num(p, "lHeight"), fTop = num(p, "fTop"), fHeight = num(p, "fHeight");
            // a single control: centres level; a cell of several lines (help text and checkboxes): tops level
            double gap = (Boolean) p.get("several")
                    ? Math.abs(lTop - fTop) : Math.abs((lTop + lHeight / 2) - (fTop + fHeight / 2));
            if (gap > 4) {
                off.add(p.get("label") + ": " + Math.round(gap) + " px off its field");
            }
            if (num(p, "lRight") > num(p, "fLeft")) {
                off.add(p.get("label") + ": right of its field");
            }
        }
        assertTrue(off.isEmpty(), () -> "labels not beside their fields: " + off);
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private String textContent(WebElement element) {
        return ((String) script("return arguments[0].textContent;", element)).strip();
    }
}
