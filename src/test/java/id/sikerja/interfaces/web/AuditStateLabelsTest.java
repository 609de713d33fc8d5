package id.sikerja.interfaces.web;

import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.assignment.VolunteerStep;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeamState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state an audit entry can carry (the from/to of a workflow step, recorded by the services under a subject
 * type) has a label in both languages, so a history shows "Draf → Diajukan", never "DRAFT → SUBMITTED"; and every
 * page that shows a history names its subject type.
 */
class AuditStateLabelsTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path BUNDLES = PROJECT.resolve("src/main/resources/id/sikerja/i18n");

    /** What each subject's audit entries record as from/to (the services' audit.record calls). */
    private static final Map<String, List<Class<? extends Enum<?>>>> STATES_PER_SUBJECT = new LinkedHashMap<>();

    static {
        // skp.* steps, and the dialogue stage when a dialogue is recorded on the SKP
        STATES_PER_SUBJECT.put("SKP", List.of(SkpState.class, DialogueStage.class));
        STATES_PER_SUBJECT.put("AGREEMENT", List.of(AgreementState.class));
        // team.* steps: the team's state, a member's role (add/remove), the lead nomination, the Sekda's
        // approval of a technical role, and recorded dialogues
        STATES_PER_SUBJECT.put("TEAM", List.of(WorkTeamState.class, TeamRole.class, NominationState.class,
                TechnicalApproval.class, DialogueStage.class));
        STATES_PER_SUBJECT.put("ASSIGNMENT", List.of(AssignmentStatus.class, DialogueStage.class));
        STATES_PER_SUBJECT.put("SECONDMENT", List.of(SecondmentStep.class, SecondmentStatus.class));
        STATES_PER_SUBJECT.put("VOLUNTEER", List.of(VolunteerStep.class, SecondmentStatus.class));
    }

    @Test
    void everyRecordedStateHasALabelInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            Properties bundle = load(BUNDLES.resolve("messages_" + language + ".properties"));
            STATES_PER_SUBJECT.forEach((subject, enums) -> enums.forEach(type -> {
                for (Enum<?> state : type.getEnumConstants()) {
                    String key = "audit.state." + subject + "." + state.name();
                    if (bundle.getProperty(key) == null) {
                        missing.add(language + ": " + key);
                    }
                }
            }));
        }
        assertTrue(missing.isEmpty(), () -> "history states without a label:\n  " + String.join("\n  ", missing));
    }

    @Test
    void indonesianHistoryUsesTheStateTermsOfTheSubjectPages() throws IOException {
        Properties id = load(BUNDLES.resolve("messages_id.properties"));
        for (SkpState s : SkpState.values()) {
            assertEquals(id.getProperty("skp.state." + s.name()), id.getProperty("audit.state.SKP." + s.name()));
        }
        for (AgreementState s : AgreementState.values()) {
            assertEquals(id.getProperty("agreement.state." + s.name()), id.getProperty("audit.state.AGREEMENT." + s.name()));
        }
        for (WorkTeamState s : WorkTeamState.values()) {
            assertEquals(id.getProperty("team.state." + s.name()), id.getProperty("audit.state.TEAM." + s.name()));
        }
        assertEquals("Draf", id.getProperty("audit.state.SKP.DRAFT"));
        assertEquals("Diajukan", id.getProperty("audit.state.SKP.SUBMITTED"));
    }

    @Test
    void everyPageWithAHistoryNamesAKnownSubject() throws IOException {
        Pattern include = Pattern.compile("<ui:include src=\"/WEB-INF/includes/audit-history.xhtml\">(.*?)</ui:include>",
                Pattern.DOTALL);
        Pattern subject = Pattern.compile("<ui:param name=\"subject\" value=\"([A-Z_]+)\"/>");
        Set<String> wrong = new TreeSet<>();
        int includes = 0;
        try (Stream<Path> files = Files.walk(PROJECT.resolve("webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = include.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    includes++;
                    Matcher s = subject.matcher(m.group(1));
                    if (!s.find() || !STATES_PER_SUBJECT.containsKey(s.group(1))) {
                        wrong.add(PROJECT.relativize(page).toString());
                    }
                }
            }
        }
        assertTrue(includes >= 6, "found only " + includes + " histories: the scan is broken");
        assertTrue(wrong.isEmpty(), () -> "histories without a known subject parameter: " + wrong);
    }

    private static Properties load(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
