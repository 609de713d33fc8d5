package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team targets and members' own targets in Kayong Utara: the Kepala Dinas forms a team with kayong.ketua as ketua and
 * kayong.pegawai as member and adds two targets, reordering them; the ketua gives the member a target of their own
 * on the team page; the member opens the team page and finds it there, then names the team target on their SKP, and
 * the ketua sees that the member's SKP serves the team.
 */
@ExtendWith(ArquillianExtension.class)
class TeamTargetsBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    /** The signed-in person's name, from the welcome line. */
    private String nameOf(String username) {
        switchTo(username);
        open("index.xhtml");
        String welcome = visible(HomePage.WELCOME).getText().strip();
        return welcome.substring(welcome.indexOf(", ") + 2).strip();
    }

    @Test
    void theKetuaGivesAMemberTheirOwnTargetWhichTheMemberSees() {
        String lead = nameOf("kayong.ketua");
        String member = nameOf("kayong.pegawai");
        String unique = Long.toString(System.nanoTime() % 100000);

        switchTo("kayong.kadis");
        TeamPage page = TeamPage.form(this, "Tim Target Anggota " + unique);
        long id = page.id();
        page = page.addMember(lead, "LEAD", "Memimpin tim");
        page = page.addMember(member, "MEMBER", "Pendataan rujukan");
        page = page.addTarget("Tertibnya arsip rujukan", "Jumlah berkas tertata", "200 berkas");
        page = page.addTarget("Meningkatnya mutu rujukan", "Persentase rujukan terverifikasi", "90%");
        page = page.moveTargetUp(1);
        assertEquals(List.of("Meningkatnya mutu rujukan", "Tertibnya arsip rujukan"), page.targetObjectives());

        switchTo("kayong.ketua");
        page = TeamPage.open(this, id);
        String own = "Terverifikasinya berkas rujukan " + unique;
        page = page.addMemberTarget(member, 1, own, "Jumlah berkas terverifikasi", "80 berkas");
        assertTrue(EmployeePage.messages().contains(msg("team.memberTargetAdded")), EmployeePage.messages()::toString);
        assertEquals(List.of(List.of(member, own, "Jumlah berkas terverifikasi", "80 berkas")), page.memberTargets());

        switchTo("kayong.pegawai");
        page = TeamPage.open(this, id);
        assertEquals(List.of(List.of(member, own, "Jumlah berkas terverifikasi", "80 berkas")), page.memberTargets(),
                "the member sees their own target on the team page");

        // on their SKP the member names the team target their first result serves ...
        open("plan/skps.xhtml");
        PlanPages.navigate(this, By.cssSelector("#mine a.open-skp"));
        String label = "Tim Target Anggota " + unique + ": Persentase rujukan terverifikasi (90%)";
        WebElement menu = visible(By.id("resultsForm:results:0:teamTarget"));
        menu.click();
        visible(By.cssSelector("[id='resultsForm:results:0:teamTarget_panel'] li.ui-selectonemenu-item[data-label='"
                + label + "']")).click();
        waitForAjax();
        waitUntilGone(menu);
        assertTrue(EmployeePage.messages().contains(msg("skp.teamTargetServed")), EmployeePage.messages()::toString);
        assertEquals(label, visible(By.id("resultsForm:results:0:teamTarget_label")).getText().strip());

        // ... and the ketua's SKP status of the team shows that the member's SKP serves the team
        switchTo("kayong.ketua");
        TeamPage.open(this, id);
        WebElement row = visible(By.xpath("//tr[contains(@class,'skp-status')][.//span[@class='skp-status-name' and "
                + "normalize-space()='" + member + "']]"));
        assertEquals(msg("yes"), row.findElement(By.cssSelector(".skp-status-serves")).getText().strip());
    }
}
