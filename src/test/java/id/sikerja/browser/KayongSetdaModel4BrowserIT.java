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
import java.util.List;

import static id.sikerja.browser.PlanPages.SKP_STATE;
import static id.sikerja.browser.PlanPages.click;
import static id.sikerja.browser.PlanPages.navigate;
import static id.sikerja.browser.PlanPages.text;
import static id.sikerja.browser.PlanPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kayong Utara's Setda, Bagian Umum, Model 4 (KU Lampiran I huruf B angka 1) huruf d): a Pelaksana of the
 * Subbagian Tata Usaha Pimpinan is rated by the Kepala Bagian Umum while the Kepala Subbagian gives the work.
 * The admin gives the three accounts; the clerk's page names both; the clerk's SKP goes to the Kabag's inbox
 * (not the Kasubbag's) and is approved there; the Kasubbag may assign the clerk work.
 */
@ExtendWith(ArquillianExtension.class)
class KayongSetdaModel4BrowserIT extends BrowserTestBase {

    private static final int YEAR = LocalDate.now().getYear();
    private static final String TU = "Subbagian Tata Usaha Pimpinan";
    private static final String UMUM = "Bagian Umum";
    private static final String CLERK_POSITION = "Pengadministrasi Perkantoran";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private record Person(long id, String name, String username) {
    }

    @Test
    void theKabagApprovesTheClerksSkpAndTheKasubbagAssignsTheWork() {
        // 1. the admin finds the three people in the organisation and gives them accounts where they have none
        login("kayong.admin");
        UnitPage tu = unit(TU);
        List<UnitPage.Person> tuPeople = tu.people();
        assertFalse(tuPeople.isEmpty(), "the Subbagian has people");
        String kasubbagName = tuPeople.stream().filter(UnitPage.Person::head).findFirst()
                .orElseThrow(() -> new AssertionError("no head in " + tuPeople)).name();
        String clerkName = tuPeople.stream().filter(p -> !p.head() && p.position().equals(CLERK_POSITION)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + CLERK_POSITION + " in " + tuPeople)).name();
        Person clerk = account(tu, clerkName, "it.ku.m4.pelaksana");
        Person kasubbag = account(unit(TU), kasubbagName, "it.ku.m4.kasubbag");
        UnitPage umum = unit(UMUM);
        List<UnitPage.Person> umumPeople = umum.people();
        assertFalse(umumPeople.isEmpty(), "the Bagian has people");
        String kabagName = umumPeople.stream().filter(UnitPage.Person::head).findFirst()
                .orElseThrow(() -> new AssertionError("no head in " + umumPeople)).name();
        Person kabag = account(umum, kabagName, "it.ku.m4.kabag");

        // 2. the clerk's page: the Kabag rates (Pejabat Penilai Kinerja), the Kasubbag gives the work
        switchTo(clerk.username());
        EmployeePage me = EmployeePage.open(this, clerk.id());
        assertEquals(clerkName, me.name());
        assertTrue(me.appraisalProblem().isEmpty(), () -> "problem: " + me.appraisalProblem());
        assertEquals(kabag.name(), me.appraiserName(), "the Kepala Bagian Umum is the appraiser");
        assertEquals(kasubbag.name(), me.unitHeadName(), "the Kepala Subbagian gives the work");

        // the Kabag drafts an SKP with a result, so that the clerk has a superior's result to support
        String kabagResult = "Terselenggaranya layanan tata usaha pimpinan Sekretariat Daerah " + YEAR;
        switchTo(kabag.username());
        startSkp();
        addResult(null, kabagResult, "Persentase layanan tata usaha pimpinan tepat waktu", "100", "%");

        // 3. the clerk starts an SKP, adds a main result linked to the Kabag's result and submits it
        String clerkResult = "Terkelolanya persuratan pimpinan Sekretariat Daerah";
        switchTo(clerk.username());
        startSkp();
        assertEquals(kabag.name(), text(this, By.cssSelector("#appraiserBlock strong")), "the SKP names the Kabag");
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) script("return Array.from(document.querySelectorAll("
                + "'select[id=\"resultEditor:link_input\"] option')).filter(o => o.value).map(o => o.value + '|' + o.text);");
        String option = offered.stream().filter(o -> o.endsWith("|" + kabag.name() + ": " + kabagResult)).findFirst()
                .orElseThrow(() -> new AssertionError("the Kabag's result is not offered: " + offered));
        addResult(option.substring(0, option.indexOf('|')), clerkResult, "Jumlah surat pimpinan yang diagendakan",
                "1200", "surat");
        String results = text(this, By.id("resultsForm:results"));
        assertFalse(results.contains(msg("skp.unlinked")), results);
        assertTrue(results.contains(kabagResult), () -> "the result supports the Kabag's: " + results);
        String skpUrl = driver.getCurrentUrl();
        click(this, By.id("actions:submit"));
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());

        // 4. not the Kasubbag's task: nothing to approve in the Kasubbag's inbox
        switchTo(kasubbag.username());
        open("inbox.xhtml");
        visible(By.id("inboxTable"));
        waitForAjax();
        String approve = msg("inbox.action.skp.approve");
        List<String> kasubbagTasks = TreePage.texts(driver.findElements(By.cssSelector("#inboxTable tbody tr")));
        assertTrue(kasubbagTasks.stream().noneMatch(t -> t.contains(approve)),
                () -> "the Kasubbag has an SKP to approve: " + kasubbagTasks);

        // the Kabag finds it in the inbox, opens and approves it
        switchTo(kabag.username());
        PlanPages.followInbox(this, "skp.approve", "SKP " + YEAR);
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE));
        assertTrue(text(this, By.id("resultsForm:results")).contains(clerkResult), "the clerk's SKP");
        click(this, By.id("actions:approve"));
        assertEquals(msg("skp.state.APPROVED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());

        // the clerk sees it approved
        switchTo(clerk.username());
        driver.get(skpUrl);
        assertEquals(msg("skp.state.APPROVED"), text(this, SKP_STATE));

        // 5. the Kasubbag (pimpinan unit organisasi) is offered the clerk and assigns the work
        switchTo(kasubbag.username());
        open("work/manage.xhtml");
        WebElement search = visible(By.id("appoint:person_input"));
        search.sendKeys(clerkName);
        By items = By.cssSelector("[id='appoint:person_panel'] li.ui-autocomplete-item");
        wait(TIMEOUT).until(d -> !d.findElements(items).isEmpty());
        WebElement item = driver.findElements(items).stream().filter(li -> li.getText().contains(clerkName)).findFirst()
                .orElseThrow(() -> new AssertionError("the clerk is not offered: "
                        + TreePage.texts(driver.findElements(items))));
        item.click();
        waitForAjax();
        String task = "Mengagendakan surat masuk pimpinan " + System.nanoTime() % 100000;
        visible(By.id("appoint:tasks")).sendKeys(task);
        visible(By.id("appoint:legalBasis")).sendKeys("Peraturan Bupati Kayong Utara Nomor 22 Tahun 2023 Pasal 11");
        WebElement button = visible(By.id("appoint:appointButton"));
        button.click();
        waitUntilGone(button);
        waitForAjax();
        List<String> messages = PlanPages.messages();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Penugasan untuk")), () -> "saved: " + messages);
    }

    private void switchTo(String username) {
        signedOut();
        login(username);
    }

    /** The admin's search in the tree, then the unit's page. */
    private UnitPage unit(String name) {
        TreePage tree = TreePage.open(this);
        tree.search(name);
        wait(TIMEOUT).until(d -> !tree.resultNames().isEmpty());
        return tree.openResult(name);
    }

    /** Opens the person's page and gives an account with the demo password unless the person has one. */
    private Person account(UnitPage unit, String name, String username) {
        EmployeePage page = unit.openPerson(name);
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        visible(By.id("accounts:accountTable"));
        List<String> existing = TreePage.texts(driver.findElements(By.cssSelector("[id='accounts:accountTable'] .username")));
        if (existing.isEmpty()) {
            visible(By.id("accounts:newUsername")).sendKeys(username);
            driver.findElement(By.id("accounts:newPassword")).sendKeys(PASSWORD);
            click(this, By.id("accounts:createAccount"));
            assertEquals(List.of(msg("account.created", username)), EmployeePage.messages());
            return new Person(id, page.name(), username);
        }
        // an earlier run of this test on the same database gave it
        assertEquals(List.of(username), existing, name + " has an account this test did not give");
        return new Person(id, page.name(), username);
    }

    /** SKP Saya: starts this year's SKP and opens it. */
    private void startSkp() {
        open("plan/skps.xhtml");
        if (!driver.findElements(By.id("startForm:start")).isEmpty()) {
            navigate(this, By.id("startForm:start"));
        } else {
            navigate(this, By.cssSelector("#mine a.open-skp"));
        }
        assertEquals(msg("skp.state.DRAFT"), text(this, SKP_STATE));
    }

    /** A main result (UTAMA), linked when {@code linkKey} is given. */
    private void addResult(String linkKey, String result, String indicator, String target, String unit) {
        PlanPages.choose(this, "resultEditor:category", "UTAMA");
        if (linkKey != null) {
            PlanPages.choose(this, "resultEditor:link", linkKey);
        }
        type(this, By.id("resultEditor:text"), result);
        type(this, By.id("resultEditor:indicator"), indicator);
        type(this, By.id("resultEditor:targetValue"), target);
        type(this, By.id("resultEditor:targetUnit"), unit);
        click(this, By.id("resultEditor:saveResult"));
        assertEquals(List.of(msg("saved")), PlanPages.messages());
        assertTrue(text(this, By.id("resultsForm:results")).contains(result));
    }
}
