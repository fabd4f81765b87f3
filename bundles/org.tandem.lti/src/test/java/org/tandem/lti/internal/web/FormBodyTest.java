package org.tandem.lti.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form decoding as a browser encodes a platform's auto-submitted form. */
class FormBodyTest {
    @Test
    void decodesPairsRepeatsAndEmptyValues() {
        Map<String, List<String>> p = FormBody.parse("id_token=a.b.c&state=s%2B1+2&item=x&item=y&flag&=z&&bad=%zz");
        assertEquals(List.of("a.b.c"), p.get("id_token"));
        assertEquals(List.of("s+1 2"), p.get("state"));
        assertEquals(List.of("x", "y"), p.get("item"));
        assertEquals(List.of(""), p.get("flag"));
        assertEquals(List.of("z"), p.get(""));
        assertEquals(List.of("%zz"), p.get("bad"));
    }
}
