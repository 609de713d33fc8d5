package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's (or a stranger's) bad request is answered with a page that says what happened and logged in
 * at most one line, never as a fault: a broken multipart body (400), a body over the size limit (413), a
 * form posted to an expired view (the "session ended" page), a NUL character in a search or autocomplete
 * (a normal answer). Signed in or not.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String TRUNCATED = "--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhello";
    /** Content type and body of multipart posts the server cannot read. */
    private static final List<String[]> BROKEN_MULTIPART = List.of(
            new String[] {"multipart/form-data; boundary=XYZ", "nothing like a multipart body"},
            new String[] {"multipart/form-data; boundary=XYZ", TRUNCATED},
            new String[] {"multipart/form-data; boundary=\"", TRUNCATED},
            new String[] {"multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"f\"; "
                    + "filename=\"pegawai.csv\"\r\nContent-Type: text/csv\r\n\r\nnip;nama\r\n1;Budi"});

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final ServerLog log = new ServerLog();

    @Test
    void aBrokenMultipartBodyIsA400PageAndNoFaultSignedInOrNot() throws URISyntaxException {
        WebClient anonymous = new WebClient(base.toURI());
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn("klaten.admin", "sikerja-demo").statusCode());
        List<String> problems = new ArrayList<>();
        for (String[] post : BROKEN_MULTIPART) {
            check(problems, "anonymous login.xhtml " + post[0], anonymous, "login.xhtml", post, 400,
                    "Permintaan tidak dapat dibaca");
            check(problems, "admin admin/import.xhtml " + post[0], admin, "admin/import.xhtml", post, 400,
                    "Permintaan tidak dapat dibaca");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(200, admin.get("admin/import.xhtml").statusCode(), "the session survives");
    }

    @Test
    void aBodyOverTheSizeLimitIsA413PageSayingSo() throws URISyntaxException {
        // SIKERJA_MAX_POST_BYTES defaults to 20 MB
        byte[] form = new byte[21 * 1024 * 1024];
        Arrays.fill(form, (byte) 'a');
        form[0] = 'x';
        form[1] = '=';
        String head = "--XYZ\r\nContent-Disposition: form-data; name=\"employeesFile\"; filename=\"pegawai.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        byte[] upload = new byte[head.length() + form.length + 9];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, upload, 0, head.length());
        Arrays.fill(upload, head.length(), upload.length, (byte) 'b');
        System.arraycopy("\r\n--XYZ--\r\n".getBytes(StandardCharsets.US_ASCII), 0, upload, upload.length - 11, 11);

        WebClient anonymous = new WebClient(base.toURI());
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn("klaten.admin", "sikerja-demo").statusCode());
        List<String> problems = new ArrayList<>();
        check(problems, "anonymous form", anonymous, "login.xhtml",
                new String[] {"application/x-www-form-urlencoded", null}, form, 413, "Data terlalu besar");
        check(problems, "admin upload", admin, "admin/import.xhtml",
                new String[] {"multipart/form-data; boundary=XYZ", null}, upload, 413, "Data terlalu besar");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aFormPostedToAnExpiredViewShowsTheSessionEndedPageAndLogsOneLine() throws URISyntaxException {
        List<String> problems = new ArrayList<>();

        // The sign-in page left open past the session timeout, then submitted.
        WebClient away = new WebClient(base.toURI());
        String staleLogin = WebClient.viewState(away.get("login.xhtml").body());
        away.clearCookies();
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("login:username", "klaten.pegawai");
        login.put("login:password", "sikerja-demo");
        login.put("login:submit", "");
        login.put("jakarta.faces.ViewState", staleLogin);
        long mark = log.mark();
        expired(problems, "sign-in page", away.post("login.xhtml", login), mark, 400);

        // A signed-in page whose view is gone (server restarted, or too many views since).
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn("klaten.admin", "sikerja-demo").statusCode());
        String page = admin.get("org/employees.xhtml").body();
        Map<String, String> search = searchForm(page, "budi");
        search.put("jakarta.faces.ViewState", "-1:-1");
        mark = log.mark();
        expired(problems, "employee list, full post", admin.post("org/employees.xhtml", search), mark, 400);

        Map<String, String> ajax = ajaxSearch(page, "budi");
        ajax.put("jakarta.faces.ViewState", "-1:-1");
        mark = log.mark();
        HttpResponse<String> answer = admin.ajax("org/employees.xhtml", ajax);
        expired(problems, "employee list, ajax", answer, mark, 200);
        if (!answer.body().contains("<partial-response")) {
            problems.add("ajax: not a partial response");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aNulCharacterInASearchOrAutocompleteIsAnOrdinarySearch() throws URISyntaxException {
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn("klaten.admin", "sikerja-demo").statusCode());
        List<String> problems = new ArrayList<>();

        String list = admin.get("org/employees.xhtml").body();
        long mark = log.mark();
        ordinary(problems, "employee list search", admin.ajax("org/employees.xhtml", ajaxSearch(list, "bu\u0000di")),
                mark);

        Matcher id = Pattern.compile("employee\\.xhtml\\?id=(\\d+)").matcher(list);
        assertTrue(id.find(), "an employee link in the list");
        String path = "org/employee.xhtml?id=" + id.group(1);
        String employee = admin.get(path).body();
        Map<String, String> complete = new LinkedHashMap<>();
        complete.put("jakarta.faces.partial.ajax", "true");
        complete.put("jakarta.faces.source", "admin:overrideAppraiser");
        complete.put("jakarta.faces.partial.execute", "admin:overrideAppraiser");
        complete.put("jakarta.faces.partial.render", "admin:overrideAppraiser");
        complete.put("admin:overrideAppraiser", "admin:overrideAppraiser");
        complete.put("admin:overrideAppraiser_query", "\u0000su");
        complete.put("admin:overrideAppraiser_input", "\u0000su");
        complete.put("admin", "admin");
        complete.put("jakarta.faces.ViewState", WebClient.viewState(employee));
        complete.put("primefaces.nonce", WebClient.nonce(employee));
        mark = log.mark();
        ordinary(problems, "appraiser override autocomplete", admin.ajax(path, complete), mark);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAppraiserOverrideAutocompleteWorksForAnEmployeeWithoutAPlacement() throws URISyntaxException {
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn("klaten.admin", "sikerja-demo").statusCode());
        String list = admin.get("org/employees.xhtml").body();
        Map<String, String> create = new LinkedHashMap<>();
        create.put("jakarta.faces.partial.ajax", "true");
        create.put("jakarta.faces.source", "create:createEmployee");
        create.put("jakarta.faces.partial.execute", "create");
        create.put("jakarta.faces.partial.render", "@all");
        create.put("create:createEmployee", "create:createEmployee");
        create.put("create", "create");
        create.put("create:name", "Pegawai Tanpa Jabatan " + Long.toString(System.nanoTime(), 36));
        create.put("create:status_input", "NON_ASN");
        create.put("create:nip", "");
        create.put("create:sex_input", "FEMALE");
        create.put("create:rank", "");
        create.put("jakarta.faces.ViewState", WebClient.viewState(list));
        create.put("primefaces.nonce", WebClient.nonce(list));
        HttpResponse<String> created = admin.ajax("org/employees.xhtml", create);
        Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*employee\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(redirect.find(), "created, and on to the new employee's page: " + messages(created.body()));
        String path = "org/employee.xhtml?id=" + redirect.group(1);

        String page = admin.get(path).body();
        String name = create.get("create:name");
        assertTrue(page.contains(name), "the page of the new employee");
        assertTrue(page.contains("Belum menduduki jabatan"), "shown as not placed");

        // the employee without a placement gets an appraiser chosen by hand...
        override(admin, path, "su", null, "Pendelegasian kewenangan sementara untuk uji");
        // ...and is chosen by hand as somebody else's appraiser
        Matcher other = Pattern.compile("employee\\.xhtml\\?id=(\\d+)").matcher(list);
        assertTrue(other.find(), "an employee in the list");
        override(admin, "org/employee.xhtml?id=" + other.group(1), "Tanpa Jabatan", name,
                "Penunjukan pejabat penilai sementara untuk uji");
    }

    /** Types {@code query} into the override autocomplete, picks the suggestion labelled {@code pick} (or the first), saves. */
    private void override(WebClient admin, String path, String query, String pick, String reason) {
        String page = admin.get(path).body();
        Map<String, String> complete = new LinkedHashMap<>();
        complete.put("jakarta.faces.partial.ajax", "true");
        complete.put("jakarta.faces.source", "admin:overrideAppraiser");
        complete.put("jakarta.faces.partial.execute", "admin:overrideAppraiser");
        complete.put("jakarta.faces.partial.render", "admin:overrideAppraiser");
        complete.put("admin:overrideAppraiser", "admin:overrideAppraiser");
        complete.put("admin:overrideAppraiser_query", query);
        complete.put("admin:overrideAppraiser_input", query);
        complete.put("admin", "admin");
        complete.put("jakarta.faces.ViewState", WebClient.viewState(page));
        complete.put("primefaces.nonce", WebClient.nonce(page));
        long mark = log.mark();
        HttpResponse<String> suggestions = admin.ajax(path, complete);
        List<String> problems = new ArrayList<>();
        ordinary(problems, path + ": autocomplete " + query, suggestions, mark);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        Matcher item = Pattern.compile("data-item-value=\"([^\"]*)\"[^>]*data-item-label=\"([^\"]*)\"")
                .matcher(suggestions.body());
        boolean found = false;
        while (!found && item.find()) {
            found = pick == null || unescape(item.group(2)).contains(pick);
        }
        assertTrue(found, path + ": suggestion " + pick + " in " + suggestions.body().substring(0,
                Math.min(800, suggestions.body().length())));

        Map<String, String> save = new LinkedHashMap<>();
        save.put("jakarta.faces.partial.ajax", "true");
        save.put("jakarta.faces.source", "admin:override");
        save.put("jakarta.faces.partial.execute", "admin");
        save.put("jakarta.faces.partial.render", "@all");
        save.put("admin:override", "admin:override");
        save.put("admin", "admin");
        save.put("admin:overrideAppraiser_input", unescape(item.group(2)));
        save.put("admin:overrideAppraiser_hinput", unescape(item.group(1)));
        save.put("admin:overrideReason", reason);
        save.put("jakarta.faces.ViewState", WebClient.viewState(page));
        save.put("primefaces.nonce", WebClient.nonce(page));
        mark = log.mark();
        HttpResponse<String> saved = admin.ajax(path, save);
        ordinary(problems, path + ": saving the override", saved, mark);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(admin.get(path).body().contains(reason), path + ": the override is shown on the page; the save answered "
                + messages(saved.body()) + " for " + item.group(1));
    }

    private static List<String> messages(String html) {
        Matcher m = Pattern.compile("ui-messages?-(?:error|warn|info)-(?:summary|detail)\">([^<]*)<").matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, String> searchForm(String page, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("list", "list");
        form.put("list:search", text);
        form.put("list:find", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return form;
    }

    private static Map<String, String> ajaxSearch(String page, String text) {
        Map<String, String> form = searchForm(page, text);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "list:find");
        form.put("jakarta.faces.partial.execute", "list");
        form.put("jakarta.faces.partial.render", "list:table");
        form.put("list:find", "list:find");
        form.put("primefaces.nonce", WebClient.nonce(page));
        return form;
    }

    private void check(List<String> problems, String what, WebClient client, String path, String[] post, int status,
                       String text) {
        check(problems, what, client, path, post, post[1].getBytes(StandardCharsets.UTF_8), status, text);
    }

    private void check(List<String> problems, String what, WebClient client, String path, String[] post, byte[] body,
                       int status, String text) {
        long mark = log.mark();
        HttpResponse<String> answer = client.post(path, post[0], body);
        if (answer.statusCode() != status) {
            problems.add(what + ": status " + answer.statusCode());
        }
        if (!answer.body().contains("id=\"errorTitle\"") || !answer.body().contains(text)) {
            problems.add(what + ": not the error page saying \"" + text + "\"");
        }
        List<String> lines = log.since(mark);
        List<String> faults = faults(lines);
        long refusals = lines.stream().filter(l -> l.contains("refused with " + status)).count();
        if (!faults.isEmpty() || refusals != 1) {
            problems.add(what + ": " + refusals + " refusal lines, faults " + faults.stream().limit(3).toList());
        }
    }

    private void expired(List<String> problems, String what, HttpResponse<String> answer, long mark, int status) {
        if (answer.statusCode() != status) {
            problems.add(what + ": status " + answer.statusCode());
        }
        if (!answer.body().contains("Sesi berakhir") || !answer.body().contains("masuk kembali")) {
            problems.add(what + ": not the session-ended page: "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        List<String> faults = faults(log.since(mark));
        if (!faults.isEmpty()) {
            problems.add(what + ": faults " + faults.stream().limit(3).toList());
        }
    }

    private void ordinary(List<String> problems, String what, HttpResponse<String> answer, long mark) {
        if (answer.statusCode() != 200 || !answer.body().contains("<partial-response")
                || answer.body().contains("errorTitle")) {
            problems.add(what + ": " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        List<String> faults = faults(log.since(mark));
        if (!faults.isEmpty()) {
            problems.add(what + ": faults " + faults.stream().limit(3).toList());
        }
    }

    private static List<String> faults(List<String> lines) {
        return lines.stream().filter(l -> l.contains(" ERROR ") || l.contains("SEVERE") || l.startsWith("\tat ")
                || l.startsWith("Caused by")).toList();
    }
}
