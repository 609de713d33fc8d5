package id.sikerja.interfaces.web;

import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Reads a posted form (URL-encoded or multipart) before anything else does, so that a body the server
 * cannot read is answered here, once, as the client's mistake it is: a malformed body (a broken or
 * missing multipart boundary, a truncated upload) with 400 and the "invalid request" page, a body over
 * the server's limit ({@code SIKERJA_MAX_POST_BYTES}) with 413 and a page saying the data or file is too
 * large (RFC 9110 §15.5.1, §15.5.14), judged by its declared length before reading it. One INFO line each. Without it the first {@code getParameter}
 * inside Faces fails, the container logs it as an ERROR with a stack trace, fails again rendering the
 * error page, and answers an empty 500 — to anyone, signed in or not.
 * <p>
 * Undertow keeps what it parsed, so reading the form here costs nothing later.
 * <p>
 * Every parameter then reaches the application without NUL characters ({@link NulFreeRequest}): PostgreSQL
 * text cannot hold them, so a NUL typed or pasted into a search, filter, autocomplete or form field would
 * otherwise fail the query with a 500 and the SQL in the log. This is the one place they are removed.
 */
public class RequestInputFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestInputFilter.class.getName());

    @Inject
    SikerjaConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            if (request.getContentLengthLong() > config.maxPostBytes()) {
                // Refused by its declared length, unread: the server's own cut-off lies higher (the
                // listener's max-post-size) because it answers with a bare 400 and no page.
                LOG.info(() -> "POST " + request.getRequestURI() + " refused with 413: body of "
                        + request.getContentLengthLong() + " bytes over the limit of " + config.maxPostBytes());
                ErrorPages.show(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "/error/413.xhtml");
                return;
            }
            Exception failure = read(request);
            if (failure != null) {
                boolean tooLarge = tooLarge(failure);
                int status = tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
                LOG.info(() -> "POST " + request.getRequestURI() + " refused with " + status + ": "
                        + (tooLarge ? "body over the size limit" : "unreadable body") + " (" + root(failure) + ")");
                ErrorPages.show(request, response, status, tooLarge ? "/error/413.xhtml" : "/error/400.xhtml");
                return;
            }
        }
        chain.doFilter(new NulFreeRequest(request), response);
    }

    /** Parses the form; the failure if the body cannot be read, else null. */
    private static Exception read(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            }
            request.getParameterMap();
            return null;
        } catch (IOException | ServletException | RuntimeException e) {
            return e;
        }
    }

    /** Undertow's RequestTooBigException, FileTooLargeException or the size-limit IllegalStateException. */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("TooBig") || name.contains("TooLarge") || name.contains("SizeLimit")
                    || message.contains("UT000020") || message.contains("UT000054")) {
                return true;
            }
        }
        return false;
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
