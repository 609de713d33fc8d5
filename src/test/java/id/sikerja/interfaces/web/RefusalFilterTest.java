package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalFilterTest {

    @Test
    void anAccessRefusalWrappedByTheContainerIsA403() {
        ServletException wrapped = new ServletException(new EJBException(new AccessDeniedException("skp")));
        assertEquals(403, RefusalFilter.statusFor(wrapped));
    }

    @Test
    void aMissingRecordIsA404() {
        assertEquals(404, RefusalFilter.statusFor(new ServletException(new NotFoundException("unit", 7L))));
    }

    @Test
    void realFaultsAndRuleMessagesAreLeftToTheErrorPages() {
        assertEquals(0, RefusalFilter.statusFor(new ServletException(new IllegalStateException("bug"))));
        assertEquals(0, RefusalFilter.statusFor(new BusinessRuleException("skp.empty")));
    }

    @Test
    void aFormPostedToAnExpiredViewIsA400() {
        assertEquals(400, RefusalFilter.statusFor(new ServletException(
                new jakarta.faces.application.ViewExpiredException("gone", "/org/employees.xhtml"))));
    }

    @Test
    void anUnreachableDatabaseIsA503ButOtherDatabaseErrorsAreFaults() {
        java.sql.SQLException refused = new java.sql.SQLException("Connection to localhost:5432 refused", "08001");
        assertEquals(503, RefusalFilter.statusFor(new ServletException(new EJBException(
                new jakarta.persistence.PersistenceException(new RuntimeException(refused))))));
        assertEquals(0, RefusalFilter.statusFor(new ServletException(
                new java.sql.SQLException("duplicate key value violates unique constraint", "23505"))));
    }

    @Test
    void aBodyOverTheLimitIsToldApartFromABrokenOne() {
        assertEquals(true, RequestInputFilter.tooLarge(new IllegalStateException(
                new java.io.IOException("UT000020: Connection terminated as request was larger than 20971520"))));
        assertEquals(false, RequestInputFilter.tooLarge(new RuntimeException(
                new java.io.IOException("UT000055: The multipart request was malformed"))));
    }
}
