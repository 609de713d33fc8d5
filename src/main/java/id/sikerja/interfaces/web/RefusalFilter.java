package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the expected refusals of a full-page request into their status and page, logged in one line:
 * somebody opened what is not theirs ({@link AccessDeniedException}, 403) or what does not exist
 * ({@link NotFoundException}, 404), both answered by the error pages of {@code web.xml}; a form posted
 * from a page whose view is gone, usually after the session timed out ({@link ViewExpiredException}: 400
 * and the "session ended" page); the database cannot be reached (a connection failure, SQLSTATE class 08:
 * 503 and the "try again in a moment" page, RFC 9110 §15.6.4; the datasource validates connections on
 * checkout, so the next request after the database is back simply works). Without it the container logs
 * each one as an ERROR with a stack trace and status 500, burying the real faults an operator must see.
 * Everything else is passed on untouched. (Ajax requests never get here: OmniFaces' full-ajax handler
 * renders them, with the same pages.)
 */
public class RefusalFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusalFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            int status = statusFor(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            LOG.log(status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? Level.WARNING : Level.INFO,
                    "{0} {1} refused with {2}: {3}",
                    new Object[] {request.getMethod(), request.getRequestURI(), status, rootMessage(e)});
            switch (status) {
                case HttpServletResponse.SC_BAD_REQUEST -> ErrorPages.show(request, response, status, "/error/expired.xhtml");
                case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> {
                    ErrorPages.show(request, response, status, "/error/503.xhtml");
                }
                default -> {
                    response.reset();
                    response.sendError(status);
                }
            }
        }
    }

    /** 403, 404, 400 (expired view) or 503 (database unreachable) when the cause chain holds one, else 0. */
    static int statusFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            if (databaseUnreachable(t)) {
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
            if (t instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }

    /**
     * A connection exception (SQLSTATE class 08, SQL:2016 Part 2 §24.1; PostgreSQL 17 Appendix A), as the
     * driver reports a refused or broken connection, or Hibernate's translation of one.
     */
    static boolean databaseUnreachable(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        return t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
