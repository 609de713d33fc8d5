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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of answer — the sign-in page, a page after sign-in, a script resource, an error page —
 * carries the anti-framing, no-sniffing and referrer headers and a content security policy that allows
 * no inline or evaluated script beyond the page's nonce; the session cookie is HttpOnly and SameSite.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void signInPageIsNotFramableAndAllowsOnlyItsOwnScripts() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> page = client.get("login.xhtml");

        assertEquals(200, page.statusCode());
        assertCommonHeaders("login.xhtml", page);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst()
                .orElseThrow(() -> new AssertionError("no script-src policy on a Faces page: " + policies));
        assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), scripts);
        Matcher nonce = NONCE.matcher(scripts);
        assertTrue(nonce.find(), "script policy with a nonce: " + scripts);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|submit|load)=\".*"),
                "no inline event handler in the page (the policy would block it)");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndNotSecureWithoutTls() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        String cookie = WebClient.setCookie(client.get("login.xhtml"), "JSESSIONID")
                .orElseThrow(() -> new AssertionError("the sign-in page starts a session"));
        assertCookie(cookie);

        String renewed = WebClient.setCookie(client.signIn("klaten.pegawai", "sikerja-demo"), "JSESSIONID")
                .orElseThrow(() -> new AssertionError("sign-in issues a new session id"));
        assertCookie(renewed);
    }

    private static void assertCookie(String cookie) {
        String lower = cookie.toLowerCase();
        assertAll(cookie,
                () -> assertTrue(lower.contains("; httponly"), "HttpOnly"),
                () -> assertTrue(lower.contains("; samesite=lax"), "SameSite=Lax"),
                // the tests run without TLS (SIKERJA_BEHIND_TLS unset): a Secure cookie would never return
                () -> assertFalse(lower.contains("; secure"), "not Secure without TLS"));
    }

    @Test
    void pagesAfterSignInResourcesAndErrorPagesCarryTheHeaders() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn("klaten.kabid", "sikerja-demo").statusCode());

        HttpResponse<String> home = client.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertCommonHeaders("index.xhtml", home);

        HttpResponse<String> script = client.get("jakarta.faces.resource/js/sikerja.js.xhtml");
        assertEquals(200, script.statusCode());
        assertCommonHeaders("script resource", script);

        HttpResponse<String> missing = client.get("org/unit.xhtml?id=987654321");
        assertEquals(404, missing.statusCode());
        assertCommonHeaders("404 page", missing);

        HttpResponse<String> forbidden = client.get("admin/import.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertCommonHeaders("403 page", forbidden);
    }

    private static void assertCommonHeaders(String what, HttpResponse<?> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertAll(what,
                () -> assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), "X-Frame-Options"),
                () -> assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                        "CSP frame-ancestors 'none': " + policies),
                () -> assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), "nosniff"),
                () -> assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"),
                        "Referrer-Policy"));
    }
}
