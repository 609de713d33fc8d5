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
}
