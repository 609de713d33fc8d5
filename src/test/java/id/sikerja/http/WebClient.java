package id.sikerja.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the deployed application, for what a browser hides: status codes,
 * headers, cookies. It keeps cookies itself (name → value, path ignored: one application) so a test
 * can read, keep or replace the session id, and it never follows redirects.
 */
final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    // HTTP/1.1 as browsers speak to a plain-http server (no h2c upgrade, which Undertow answers differently).
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    WebClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    URI url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(url(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a raw body with the given content type, as a broken or hostile client would. */
    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A PrimeFaces ajax post of {@code form} (form fields plus the jakarta.faces.partial.* parameters). */
    HttpResponse<String> ajax(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSP nonce of a page, which PrimeFaces ajax requests send back as primefaces.nonce. */
    static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the page");
        }
        return m.group(1);
    }

    /**
     * Signs in through the sign-in form as a browser would: opens the page (which starts a session),
     * posts the form with its view state. Returns the answer to the post.
     */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("sign-in page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:continueTo", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        // as PrimeFaces' script adds to every form; a postback that renders the page again checks it
        form.put("primefaces.nonce", nonce(page.body()));
        return post("login.xhtml", form);
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no view state in the page");
        }
        return m.group(1);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void cookie(String name, String value) {
        cookies.put(name, value);
    }

    void clearCookies() {
        cookies.clear();
    }

    /** The Set-Cookie header that set {@code name} in this answer, if any. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }
}
