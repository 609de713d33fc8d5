package id.sikerja.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every answer carries, pages, resources and error pages alike (OWASP ASVS 4.0 V14.4; OWASP
 * Secure Headers Project):
 * <ul>
 * <li>no other site may frame a page — approve, sign and return are one-click buttons (clickjacking,
 * CWE-1021): {@code X-Frame-Options: DENY} for old browsers, CSP {@code frame-ancestors 'none'} (CSP Level 2)
 * for the rest;</li>
 * <li>no plugins, no {@code <base>} pointing elsewhere, forms post only here;</li>
 * <li>no content sniffing ({@code nosniff}), and no address with record ids leaves for other sites
 * ({@code Referrer-Policy: same-origin}).</li>
 * </ul>
 * Scripts are limited separately: PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) adds a second
 * policy {@code script-src 'self' 'nonce-…'} to every Faces page and moves PrimeFaces' inline handlers into
 * nonce-carrying scripts. A browser enforces both policies.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
