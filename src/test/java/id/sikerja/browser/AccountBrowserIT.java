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

/** The personnel office gives an employee an account and the team-lead role; the employee signs in with it. */
@ExtendWith(ArquillianExtension.class)
class AccountBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anEmployeeGetsAnAccountAndTheTeamLeadRoleAndSignsInWithIt() {
        login("kayong.admin");
        long id = employeeWithoutAccount();
        EmployeePage.open(this, id);
        String username = "it.ketua" + (System.currentTimeMillis() % 1_000_000);

        visible(By.id("accounts:newUsername")).sendKeys(username);
        driver.findElement(By.id("accounts:newPassword")).sendKeys("kata-sandi-uji-1");
        click(By.id("accounts:createAccount"));
        assertEquals(List.of(msg("account.created", username)), EmployeePage.messages());
        assertEquals(List.of(username), texts(By.cssSelector("[id='accounts:accountTable'] .username")));

        click(By.cssSelector("[id='accounts:accountTable'] .grant-TEAM_LEAD"));
        assertEquals(List.of(msg("account.granted", username, msg("role.TEAM_LEAD"))), EmployeePage.messages());
        assertTrue(visible(By.cssSelector("[id='accounts:accountTable'] .grant-TEAM_LEAD"))
                .getAttribute("class").contains("granted"), "the granted role is marked");

        HomePage.logout(this);
        LoginPage.open(this).submit(username, "kata-sandi-uji-1");
        HomePage home = new HomePage(this);
        visible(HomePage.ROLES);
        assertTrue(home.roleCodes().contains("TEAM_LEAD"), "roles after sign-in: " + home.roleCodes());
    }

    @Test
    void aTooShortPasswordIsRefusedAndNoAccountIsCreated() {
        login("kayong.admin");
        long id = employeeWithoutAccount();
        EmployeePage.open(this, id);

        visible(By.id("accounts:newUsername")).sendKeys("it.pendek" + (System.currentTimeMillis() % 1_000_000));
        driver.findElement(By.id("accounts:newPassword")).sendKeys("pendek");
        click(By.id("accounts:createAccount"));

        assertEquals(List.of(msg("account.passwordTooShort", 8)), EmployeePage.errorMessages());
        assertTrue(texts(By.cssSelector("[id='accounts:accountTable'] .username")).isEmpty(), "no account created");
    }

    private long employeeWithoutAccount() {
        for (EmployeeListPage.Row row : EmployeeListPage.open(this).rows()) {
            EmployeePage.open(this, row.id());
            if (!driver.findElements(By.cssSelector("[id='accounts:accountTable'] .ui-datatable-empty-message")).isEmpty()) {
                return row.id();
            }
        }
        throw new AssertionError("no employee without an account on the first page of the list");
    }

    private void click(By by) {
        WebElement button = visible(by);
        button.click();
        waitForAjax();
    }

    private static List<String> texts(By by) {
        return TreePage.texts(driver.findElements(by));
    }
}
