package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team lead's screens in Kayong Utara: the Kepala Bidang forms a team with kayong.ketua as its ketua and
 * kayong.pegawai as a member; the ketua follows "Tim Saya" to the team page, sees each member's SKP status and records a
 * performance dialogue with the member, which then appears in the list; the member sees no SKP status.
 */
@ExtendWith(ArquillianExtension.class)
class TeamGapsBrowserIT extends BrowserTestBase {

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
    void theLeadSeesMembersSkpStatusAndRecordsATeamDialogue() {
        String lead = nameOf("kayong.ketua");
        String member = nameOf("kayong.pegawai");

        // The Kepala Dinas heads both the ketua's Bidang and the member's Sekretariat: a team of other units'
        // staff needs a request for them first (KU Lampiran I huruf B huruf a angka 2)).
        switchTo("kayong.kadis");
        TeamPage page = TeamPage.form(this, "Tim Percepatan Rujukan " + System.nanoTime() % 100000);
        long id = page.id();
        page = page.addMember(lead, "LEAD", "Memimpin tim");
        page = page.addMember(member, "MEMBER", "Pendataan rujukan");
        assertEquals(2, page.members().size(), page.members()::toString);

        switchTo("kayong.ketua");
        open("teams/mine.xhtml");
        visible(By.xpath("//a[contains(@class,'skp-status-link') and contains(@href,'id=" + id + "')]")).click();
        page = new TeamPage(this);
        assertTrue(visible(By.id("skpStatus")).getText().contains(msg("team.skpStatus.state")));
        Map<String, String> status = page.skpStatus();
        assertEquals(Set.of(lead, member), status.keySet());
        Set<String> labels = Set.of(msg("team.skpStatus.none"), msg("skp.state.DRAFT"), msg("skp.state.SUBMITTED"),
                msg("skp.state.RETURNED"), msg("skp.state.APPROVED"));
        assertTrue(labels.containsAll(status.values()), status::toString);

        String agreed = "Rujukan terverifikasi dalam 2 hari " + System.nanoTime() % 100000;
        page = page.recordDialogue(List.of(member), agreed, "Rapat tim setiap Senin");
        assertTrue(EmployeePage.messages().contains(msg("dialogue.recorded")), EmployeePage.messages()::toString);
        List<List<String>> dialogues = page.dialogues();
        assertEquals(1, dialogues.size(), dialogues::toString);
        assertEquals(agreed, dialogues.get(0).get(1));
        assertTrue(dialogues.get(0).get(0).contains(lead) && dialogues.get(0).get(0).contains(member),
                dialogues::toString);

        // the member reads the dialogue but not the others' SKP status
        switchTo("kayong.pegawai");
        page = TeamPage.open(this, id);
        assertTrue(driver.findElements(By.id("skpStatus")).isEmpty(), "no SKP status for a plain member");
        assertEquals(agreed, page.dialogues().get(0).get(1));
        open("plan/dialogues.xhtml");
        assertFalse(driver.findElements(By.xpath("//td[contains(., '" + agreed + "')]")).isEmpty(),
                "the dialogue is among the member's own dialogues");
    }
}
