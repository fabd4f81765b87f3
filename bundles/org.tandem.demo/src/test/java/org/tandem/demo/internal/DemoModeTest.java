package org.tandem.demo.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoModeTest {
    @Test
    void anHttpsAddressIsRefusedUnlessForced() {
        String refusal = DemoMode.refusal("https://tandem.university.edu", false);
        assertTrue(refusal.contains("TANDEM_DEMO_FORCE=true"), refusal);
        assertNull(DemoMode.refusal("https://tandem.university.edu", true));
        assertNull(DemoMode.refusal("HTTPS://tandem.university.edu", true));
        assertTrue(DemoMode.refusal("HTTPS://tandem.university.edu", false) != null);
    }

    @Test
    void aLocalAddressIsFine() {
        assertNull(DemoMode.refusal("http://127.0.0.1:8080", false));
        assertNull(DemoMode.refusal("http://localhost:9090", false));
    }
}
