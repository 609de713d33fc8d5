package id.sikerja.interfaces.web.work;

import id.sikerja.application.Assignments;
import id.sikerja.application.Secondments;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Serves the letters as PDF under a plain, bookmarkable GET (/work/letter?assignment=12, or
 * ?secondment=5&amp;letter=REQUEST): links work from lists, the inbox and mail without a Faces form post.
 * The services decide who may read which letter; web.xml requires a signed-in user for this path too.
 */
@WebServlet("/work/letter")
public class LetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient Secondments secondments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        String name;
        try {
            String assignment = request.getParameter("assignment");
            String secondment = request.getParameter("secondment");
            if (assignment != null) {
                long id = Long.parseLong(assignment);
                pdf = assignments.letterPdf(id);
                name = "surat-tugas-" + id + ".pdf";
            } else if (secondment != null) {
                long id = Long.parseLong(secondment);
                Secondments.SecondmentLetter letter = Secondments.SecondmentLetter.valueOf(request.getParameter("letter"));
                pdf = secondments.letterPdf(id, letter);
                name = "surat-" + letter.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + ".pdf";
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RuntimeException e) {
            response.sendError(statusOf(e));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** Not found and not allowed look the same from outside; a letter without a number yet is a conflict. */
    private static int statusOf(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NotFoundException || c instanceof AccessDeniedException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (c instanceof IllegalArgumentException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            if (c instanceof BusinessRuleException) {
                return HttpServletResponse.SC_CONFLICT;
            }
        }
        throw e;
    }
}
