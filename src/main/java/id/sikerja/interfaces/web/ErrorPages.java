package id.sikerja.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Shows one of the error pages under /error with a chosen status, for answers decided before or around
 * the Faces servlet. The page is rendered for a request that looks like a plain GET without parameters:
 * the original body may be exactly what failed (a broken multipart body fails again at every
 * {@code getParameter}, and Faces reads parameters to tell a postback), and an error page has no form to
 * restore anyway.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static void show(HttpServletRequest request, HttpServletResponse response, int status, String page)
            throws IOException, ServletException {
        response.reset();
        response.setStatus(status);
        request.getRequestDispatcher(page).forward(new WithoutBody(request), response);
    }

    /** The request without its body: GET, no parameters, no parts. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getHeader(String name) {
            // PrimeFaces and Faces tell an ajax request by this header; the error page is a full page.
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
