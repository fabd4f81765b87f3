package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenderingTest {
    @Test
    void everyValueIsEscapedInTheHtmlAndKeptAsItIsInTheText() {
        String evil = "<script>alert('x')</script> & <b>bold</b>";
        Rendering.Rendered r = Rendering.mail(Locale.ENGLISH, evil, "Subject " + evil, List.of("Body " + evil),
                List.of(new Rendering.Entry(evil, evil)), new Rendering.Links("https://lms.example/?a=1&b=<2>",
                        "Open", "https://tandem.example/p", "https://tandem.example/u?category=MEETING", "MEETING"));
        assertFalse(r.html().contains("<script>"), r.html());
        assertFalse(r.html().contains("<b>bold"), r.html());
        assertTrue(r.html().contains("&lt;script&gt;"), r.html());
        assertTrue(r.html().contains("1&amp;b&#x3D;&lt;2&gt;"), r.html());
        assertTrue(r.text().contains("Hello " + evil), r.text());
        assertTrue(r.text().contains("https://tandem.example/u?category=MEETING"), r.text());
        assertTrue(r.text().contains("Stop mail about “Meetings planned, moved or cancelled”"), r.text());
    }
}
