package id.sikerja.interfaces.web.execute;

import id.sikerja.application.WorkLogs;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Streams an evidence file (/execute/evidence?id=12) to someone who may read its work log entry, always as a
 * download with the detected type and {@code nosniff}, so a file is never run in the page's origin. Unknown and
 * not allowed look the same from outside (404). web.xml requires a signed-in user for this path.
 */
@WebServlet("/execute/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkLogs logs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        WorkLogs.EvidenceFile file;
        try {
            file = logs.evidence(id);
        } catch (RuntimeException e) {
            if (hidden(e)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Digest", "sha-256=" + file.sha256());
        logs.copyEvidence(id, response.getOutputStream());
    }

    private static boolean hidden(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NotFoundException || c instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
