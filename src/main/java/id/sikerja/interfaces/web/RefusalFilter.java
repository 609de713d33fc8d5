package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the two expected refusals of a full-page request — somebody opened what is not theirs
 * ({@link AccessDeniedException}) or what does not exist ({@link NotFoundException}) — into a plain
 * 403 or 404, answered by the error pages of {@code web.xml}. Without it the container logs each one
 * as an ERROR with a stack trace, burying the real faults an operator must see. Everything else is
 * passed on untouched. (Ajax requests never get here: OmniFaces' full-ajax handler renders them.)
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
            LOG.log(Level.INFO, "{0} {1} refused with {2}: {3}",
                    new Object[] {request.getMethod(), request.getRequestURI(), status, rootMessage(e)});
            response.reset();
            response.sendError(status);
        }
    }

    /** 403 or 404 when the cause chain holds an expected refusal, else 0. */
    static int statusFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
