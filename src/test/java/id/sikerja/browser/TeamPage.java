package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** /teams/teams.xhtml (list and form) and /teams/team.xhtml (one team and its steps). */
public class TeamPage {

    static final By NAME = By.id("teamName");
    static final By STATE = By.id("teamState");

    private final BrowserTestBase test;

    TeamPage(BrowserTestBase test) {
        this.test = test;
        test.visible(NAME);
    }

    /** Forms a team on the list page with the form's default kind, unit and period; lands on the team page. */
    static TeamPage form(BrowserTestBase test, String name) {
        test.open("teams/teams.xhtml");
        WebElement field = test.visible(By.id("formTeam:name"));
        field.clear();
        field.sendKeys(name);
        WebElement button = BrowserTestBase.driver.findElement(By.id("formTeam:create"));
        button.click();
        test.waitUntilGone(button);
        return new TeamPage(test);
    }

    static TeamPage open(BrowserTestBase test, long id) {
        test.open("teams/team.xhtml?id=" + id);
        return new TeamPage(test);
    }

    long id() {
        String url = BrowserTestBase.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
    }

    String state() {
        return BrowserTestBase.driver.findElement(STATE).getText().strip();
    }

    private void type(String id, String text) {
        WebElement input = test.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button that re-renders the page (update="@all") and waits for the new page. */
    private TeamPage press(String id) {
        WebElement button = test.visible(By.id(id));
        button.click();
        test.waitForAjax();
        test.waitUntilGone(button);
        return new TeamPage(test);
    }

    TeamPage addTarget(String objective, String indicator, String target) {
        type("targets:objective", objective);
        type("targets:indicator", indicator);
        type("targets:targetValue", target);
        return press("targets:addTarget");
    }

    /** Picks the option of a PrimeFaces select whose label starts with {@code label}. */
    private void chooseByLabel(String clientId, String label) {
        String value = BrowserTestBase.driver.findElements(By.cssSelector("[id='" + clientId + "_input'] option"))
                .stream().filter(o -> o.getAttribute("textContent").strip().startsWith(label))
                .map(o -> o.getAttribute("value")).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + clientId));
        PlanPages.choose(test, clientId, value);
    }

    /** As the ketua or the head: gives a member their own target serving the team target numbered {@code served}. */
    TeamPage addMemberTarget(String memberName, int served, String objective, String indicator, String target) {
        chooseByLabel("memberTargetsForm:memberTargetMember", memberName + " (");
        chooseByLabel("memberTargetsForm:memberTargetServes", served + ". ");
        type("memberTargetsForm:memberObjective", objective);
        type("memberTargetsForm:memberIndicator", indicator);
        type("memberTargetsForm:memberTarget", target);
        return press("memberTargetsForm:saveMemberTarget");
    }

    /** Rows of the members' targets table: name, objective, indicator, target. */
    List<List<String>> memberTargets() {
        return BrowserTestBase.driver.findElements(By.cssSelector("tr.member-target")).stream()
                .map(r -> List.of(r.findElement(By.cssSelector(".member-target-name")).getText().strip(),
                        r.findElement(By.cssSelector(".member-target-objective")).getText().strip(),
                        r.findElement(By.cssSelector(".member-target-indicator")).getText().strip(),
                        r.findElement(By.cssSelector(".member-target-value")).getText().strip()))
                .toList();
    }

    /** Objectives of the team's targets in their order. */
    List<String> targetObjectives() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("tr.team-target .target-objective")));
    }

    /** Moves the team target in this row (0-based) one place up. */
    TeamPage moveTargetUp(int row) {
        return press("targets:targetTable:" + row + ":moveUp");
    }

    /** Labels of the nomination checkboxes ("name — position"). */
    List<String> candidateLabels() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='lead:candidates'] label")));
    }

    TeamPage nominate(List<String> names) {
        List<WebElement> labels = BrowserTestBase.driver.findElements(By.cssSelector("[id='lead:candidates'] label"));
        for (WebElement label : labels) {
            String text = label.getText().strip();
            if (names.stream().anyMatch(n -> text.startsWith(n + " "))) {
                label.click();
            }
        }
        return press("lead:nominate");
    }

    /** As the Sekda: recommends the candidate shown first. */
    TeamPage recommendFirst(String note) {
        test.visible(By.cssSelector("label[for='secretary:recommended:0']")).click();
        type("secretary:note", note);
        return press("secretary:recommend");
    }

    /** As the BKPSDM admin: forwards the pending nomination to the Sekda. */
    TeamPage forwardNomination() {
        return press("personnelOffice:forwardNomination");
    }

    /** The state of each nomination, newest first, as shown. */
    List<String> nominationStates() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector(".nomination-state")));
    }

    /** The number of the Sekda's decision shown in the nominations table, or "". */
    String decisionNumber() {
        return BrowserTestBase.driver.findElements(By.cssSelector(".nomination-decision")).stream()
                .map(e -> e.getText().strip()).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    String recommendedLead() {
        return BrowserTestBase.driver.findElements(By.cssSelector(".nomination-recommended")).stream()
                .map(e -> e.getText().strip()).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    /** Name → role label, from the members table. */
    List<List<String>> members() {
        return BrowserTestBase.driver.findElements(By.cssSelector("[id='members:memberTable_data'] > tr"))
                .stream().filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(r -> List.of(r.findElement(By.cssSelector(".member-name")).getText().strip(),
                        r.findElement(By.cssSelector(".member-role")).getText().strip()))
                .toList();
    }

    TeamPage addMember(String name, String task) {
        WebElement input = test.visible(By.id("members:person_input"));
        input.clear();
        input.sendKeys(name.substring(0, Math.min(name.length(), 8)));
        WebElement item = test.wait(BrowserTestBase.TIMEOUT).until(d -> d.findElements(
                        By.cssSelector("[id='members:person_panel'] .ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().startsWith(name)).findFirst().orElse(null));
        item.click();
        test.waitForAjax();
        type("members:task", task);
        return press("members:addMember");
    }

    TeamPage submit() {
        return press("decree:submit");
    }

    TeamPage sign() {
        return press("decree:sign");
    }

    boolean hasButton(String id) {
        return !BrowserTestBase.driver.findElements(By.id(id)).isEmpty();
    }

    /** Adds a member in a role (the enum name, e.g. LEAD) chosen in the role menu. */
    TeamPage addMember(String name, String role, String task) {
        PlanPages.choose(test, "members:role", role);
        return addMember(name, task);
    }

    /** Name → shown SKP state, from the members' SKP status table (empty when the table is not shown). */
    java.util.Map<String, String> skpStatus() {
        java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
        BrowserTestBase.driver.findElements(By.cssSelector("[id='skpStatusTable_data'] > tr.skp-status"))
                .forEach(r -> rows.put(r.findElement(By.cssSelector(".skp-status-name")).getText().strip(),
                        r.findElement(By.cssSelector(".skp-status-state")).getText().strip()));
        return rows;
    }

    /**
     * Records a dialogue with exactly the participants whose option label starts with one of these names
     * (everyone involved comes ticked: the others are unticked).
     */
    TeamPage recordDialogue(List<String> participants, String expectations, String followUps) {
        for (WebElement label : BrowserTestBase.driver.findElements(
                By.cssSelector("[id='subjectDialogueForm:participants'] label"))) {
            String text = label.getText().strip();
            boolean wanted = participants.stream().anyMatch(n -> text.startsWith(n + " ("));
            boolean ticked = BrowserTestBase.driver.findElement(By.id(label.getAttribute("for"))).isSelected();
            if (wanted != ticked) {
                label.click();
            }
        }
        type("subjectDialogueForm:expectations", expectations);
        type("subjectDialogueForm:followUps", followUps);
        return press("subjectDialogueForm:recordDialogue");
    }

    /** Each dialogue row: participants, then what was agreed. */
    List<List<String>> dialogues() {
        return BrowserTestBase.driver.findElements(By.cssSelector("tr.subject-dialogue")).stream()
                .map(r -> List.of(r.findElement(By.cssSelector(".dialogue-participants")).getText().strip(),
                        r.findElement(By.cssSelector(".dialogue-expectations")).getText().strip()))
                .toList();
    }
}
