package id.sikerja.it;

import id.sikerja.application.Inbox;
import id.sikerja.testsupport.Deployments;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;

/** Helpers of the assignment and secondment in-container tests: PDF text, inbox look-ups, units of other departments. */
final class AssignmentItSupport {

    private AssignmentItSupport() {
    }

    /** The application with the test classes and PDFBox (test scope only) to read the letters back. */
    static WebArchive deployment(Class<?>... classes) {
        WebArchive war = Deployments.withTestClasses(classes).addClasses(ItSupport.class, AssignmentItSupport.class);
        for (Class<?> c : List.of(Loader.class, org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.FontBoxFont.class, org.apache.commons.logging.LogFactory.class)) {
            war.addAsLibrary(jarOf(c));
        }
        return war;
    }

    private static File jarOf(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF, whitespace collapsed, so that assertions do not depend on line breaks. */
    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException("not a readable PDF", e);
        }
    }

    static boolean hasTask(List<Inbox.Item> items, String subjectType, long subjectId, String action) {
        return items.stream().anyMatch(i -> i.subjectType().name().equals(subjectType) && i.subjectId() == subjectId
                && i.action().equals(action));
    }

    /** The root unit of some department of the government other than {@code exceptDepartmentCode}'s, of type DINAS. */
    static long otherDinasRoot(EntityManager em, String governmentCode, String exceptUnitCode) {
        return em.createQuery("select u.id from OrgUnit u where u.government.code = :g and u.parent is null "
                        + "and u.department.type = id.sikerja.domain.organisation.UnitType.DINAS "
                        + "and u.department <> (select x.department from OrgUnit x where x.code = :x and x.government.code = :g) "
                        + "order by u.code", Long.class)
                .setParameter("g", governmentCode).setParameter("x", exceptUnitCode).setMaxResults(1).getSingleResult();
    }

    static String unitCodeOfLogin(EntityManager em, String username) {
        return em.createQuery("select p.position.unit.code from Placement p, UserAccount a where a.username = :u "
                        + "and p.employee = a.employee and p.endDate is null", String.class)
                .setParameter("u", username).getSingleResult();
    }

    /** Someone placed today under the unit (its subtree) who heads nothing. */
    static long staffUnder(EntityManager em, String governmentCode, String unitCode) {
        String path = em.createQuery("select u.path from OrgUnit u where u.code = :u and u.government.code = :g", String.class)
                .setParameter("u", unitCode).setParameter("g", governmentCode).getSingleResult();
        return em.createQuery("select p.employee.id from Placement p where p.government.code = :g "
                        + "and p.position.unit.path like :p and p.position.headsUnit = false and p.endDate is null "
                        + "order by p.employee.id", Long.class)
                .setParameter("g", governmentCode).setParameter("p", path + "%").setMaxResults(1).getSingleResult();
    }

    static long auditCount(EntityManager em, String subjectType, long subjectId, String action) {
        return ItSupport.count(em, "select count(*) from audit_entry where subject_type = ?1 and subject_id = ?2 "
                + "and action = ?3", subjectType, subjectId, action);
    }
}
