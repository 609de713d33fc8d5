package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3, browser flow (3): in Klaten the head proposes two candidates for ketua of a kelompok kerja, the BKPSDM
 * admin forwards the proposal from the inbox, the Sekda recommends one by a numbered decision, the head submits and
 * the kepala dinas signs the decree; the same person cannot then be proposed as ketua of a second kelompok kerja of
 * the same year (KL Pasal 27) but joins it as a member.
 */
@ExtendWith(ArquillianExtension.class)
class KlatenLeadNominationBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    @Test
    void nominationRecommendationDecreeAndTheOneLeadRule() {
        String groupName = "Kelompok Kerja Rujukan " + System.nanoTime() % 100000;
        login("klaten.kabid");
        TeamPage page = TeamPage.form(this, groupName);
        long id = page.id();
        assertEquals(msg("team.state.DRAFT"), page.state());
        page = page.addTarget("Meningkatnya mutu layanan rujukan", "Persentase rujukan tepat waktu", "90%");
        assertTrue(EmployeePage.messages().contains(msg("team.targetAdded")), EmployeePage.messages()::toString);

        // The two JF Ahli Muda of the field are the candidates (klaten.ketua is one of them).
        List<String> muda = page.candidateLabels().stream().filter(l -> l.endsWith("Administrator Kesehatan Ahli Muda"))
                .map(l -> l.substring(0, l.indexOf(" — "))).toList();
        assertEquals(2, muda.size(), page.candidateLabels()::toString);
        page = page.nominate(muda);
        assertTrue(EmployeePage.messages().contains(msg("team.nominated")), EmployeePage.messages()::toString);
        assertFalse(page.hasButton("decree:sign"), "the head of the field does not sign a kelompok kerja decree");

        // KL Pasal 14 ayat (1) huruf a: through the BKPSDM, whose admin forwards it from the inbox
        switchTo("klaten.sekda");
        open("teams/secretary.xhtml");
        visible(org.openqa.selenium.By.id("secretaryTitle"));
        assertTrue(driver.findElements(org.openqa.selenium.By.linkText(groupName)).isEmpty(),
                "not on the Sekda's desk before the BKPSDM forwards it");
        switchTo("klaten.admin");
        open("inbox.xhtml");
        visible(org.openqa.selenium.By.id("inboxTable"));
        visible(org.openqa.selenium.By.xpath("//tr[td[contains(., '" + groupName + "')]]//a[contains(@class,'inbox-link')]"))
                .click();
        page = new TeamPage(this);
        assertEquals(msg("team.nominationState.PROPOSED"), page.nominationStates().get(0));
        page = page.forwardNomination();
        assertTrue(EmployeePage.messages().contains(msg("team.nominationForwarded")), EmployeePage.messages()::toString);
        assertEquals(msg("team.nominationState.FORWARDED"), page.nominationStates().get(0));
        assertFalse(page.hasButton("personnelOffice:forwardNomination"));

        switchTo("klaten.sekda");
        open("teams/secretary.xhtml");
        visible(org.openqa.selenium.By.linkText(groupName)).click();
        page = new TeamPage(this);
        page = page.recommendFirst("Kompeten dan berpengalaman");
        assertTrue(EmployeePage.messages().contains(msg("team.recommended")), EmployeePage.messages()::toString);
        String lead = page.recommendedLead();
        assertTrue(muda.contains(lead), lead);
        assertTrue(page.decisionNumber().startsWith("800.1/"), page.decisionNumber());

        switchTo("klaten.kabid");
        page = TeamPage.open(this, id);
        assertTrue(page.members().contains(List.of(lead, msg("team.role.LEAD"))), page.members()::toString);
        page = page.submit();
        assertEquals(msg("team.state.SUBMITTED"), page.state());

        switchTo("klaten.kadis");
        page = TeamPage.open(this, id);
        page = page.sign();
        assertEquals(msg("team.state.ESTABLISHED"), page.state());
        assertTrue(EmployeePage.messages().stream().anyMatch(m -> m.startsWith(msg("team.signed", "X").substring(0, 10))),
                EmployeePage.messages()::toString);
        assertTrue(driver.findElement(org.openqa.selenium.By.id("decreeInfo")).getText().contains("800.1/"));

        // A second kelompok kerja: the same ketua cannot be proposed again, but may join as a member.
        switchTo("klaten.kabid");
        String secondName = groupName + " Kedua";
        TeamPage second = TeamPage.form(this, secondName);
        String other = muda.stream().filter(n -> !n.equals(lead)).findFirst().orElseThrow();
        second = second.nominate(List.of(lead, other));
        assertEquals(List.of(msg("team.oneGroupPerLead", lead, groupName)), EmployeePage.errorMessages());
        assertEquals(msg("team.state.DRAFT"), second.state());

        second = second.addMember(lead, "Anggota pendamping");
        assertTrue(EmployeePage.messages().contains(msg("team.memberAdded", lead)), EmployeePage.messages()::toString);
        assertTrue(second.members().contains(List.of(lead, msg("team.role.MEMBER"))), second.members()::toString);
    }
}
