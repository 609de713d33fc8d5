package id.sikerja.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request whose parameter values carry no NUL (U+0000): PostgreSQL refuses NUL in text ("invalid byte
 * sequence for encoding UTF8: 0x00", PostgreSQL 17 documentation 8.3), and no user means one. Removing it
 * turns a search for {@code "ab\0c"} into a search for {@code "abc"}: a normal answer, usually "no results".
 */
final class NulFreeRequest extends HttpServletRequestWrapper {

    private Map<String, String[]> parameters;

    NulFreeRequest(HttpServletRequest request) {
        super(request);
    }

    static String strip(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    @Override
    public String getParameter(String name) {
        return strip(super.getParameter(name));
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = super.getParameterValues(name);
        return values == null ? null : Arrays.stream(values).map(NulFreeRequest::strip).toArray(String[]::new);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> copy = new LinkedHashMap<>();
            super.getParameterMap().forEach((k, v) ->
                    copy.put(strip(k), Arrays.stream(v).map(NulFreeRequest::strip).toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(copy);
        }
        return parameters;
    }
}
