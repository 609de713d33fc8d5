package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every record page, found by its {@code f:viewParam} in webapp/ (so a new page is covered without
 * touching this test), answers a malformed or unknown id with the 404 page and one log line: no 500, no
 * ERROR, no stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedIdIT {

    private static final Path WEBAPP = Path.of(System.getProperty("user.dir"), "webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"(\\w+)\"");
    private static final List<String> BAD_IDS = List.of("abc", "1.5", "99999999999999999999", "-1", "0",
            "1 or 1=1", "987654321");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRecordPageAnswersAMalformedOrUnknownIdWithA404AndOneLogLine() throws URISyntaxException {
        Map<String, List<String>> pages = recordPages();
        assertTrue(pages.size() >= 10, "record pages found in webapp/: " + pages.keySet());
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn("klaten.admin", "sikerja-demo").statusCode());
        ServerLog log = new ServerLog();

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            for (String param : page.getValue()) {
                for (String bad : BAD_IDS) {
                    String path = page.getKey() + "?" + param + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
                    long mark = log.mark();
                    HttpResponse<String> answer = client.get(path);
                    List<String> lines = log.since(mark);
                    if (answer.statusCode() != 404 || !answer.body().contains("id=\"errorTitle\"")) {
                        problems.add(path + ": " + answer.statusCode());
                    }
                    List<String> faults = lines.stream().filter(l -> l.contains(" ERROR ") || l.contains("SEVERE")
                            || l.startsWith("\tat ") || l.startsWith("Caused by")).toList();
                    long refusals = lines.stream().filter(l -> l.contains("refused with 404")).count();
                    if (!faults.isEmpty() || refusals != 1) {
                        problems.add(path + ": logged " + lines.size() + " lines, " + refusals + " refusals, faults "
                                + faults.stream().limit(2).toList());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Page path (relative to the context root) → the names of its view parameters. */
    static Map<String, List<String>> recordPages() {
        Map<String, List<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF")).toList()) {
                Matcher m = VIEW_PARAM.matcher(Files.readString(file));
                List<String> params = new ArrayList<>();
                while (m.find()) {
                    params.add(m.group(1));
                }
                if (!params.isEmpty()) {
                    pages.put(WEBAPP.relativize(file).toString().replace('\\', '/'), params);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
