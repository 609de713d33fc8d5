package id.sikerja.interfaces.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NulFreeRequestTest {

    @Test
    void nulCharactersAreRemovedAndEverythingElseKept() {
        assertEquals("budi", NulFreeRequest.strip("bu\0di\0"));
        assertEquals("", NulFreeRequest.strip("\0"));
        assertEquals("Sa'ri %_\\ \t", NulFreeRequest.strip("Sa'ri %_\\ \t"));
        assertNull(NulFreeRequest.strip(null));
    }
}
