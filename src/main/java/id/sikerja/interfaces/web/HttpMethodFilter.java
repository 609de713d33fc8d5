package id.sikerja.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Faces pages answer GET, HEAD and POST only. The Faces servlet itself would answer any method, and
 * the security constraint that excludes other methods (web.xml, "verbs") does not reach the public pages,
 * whose own exact-match constraint wins (Jakarta Servlet 6.0, 13.8.3). Anything else is 405 Method Not
 * Allowed with the methods that are (RFC 9110 §15.5.6), before the Faces servlet sees it.
 */
public class HttpMethodFilter extends HttpFilter {

    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ALLOWED.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
