package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * Issue 20: no acknowledged write is lost to {@code kill -9}, on Derby and on PostgreSQL (three cycles
 * each here; {@code bench/kill9.sh} runs as many as asked).
 */
public class KillNineIT {
    @Test
    public void derbyLosesNoAcknowledgedWrite() throws Exception {
        check("derby");
    }

    @Test
    public void postgresqlLosesNoAcknowledgedWrite() throws Exception {
        check("postgresql");
    }

    private static void check(String kind) throws Exception {
        KillNine.Result r = KillNine.run(kind, 3, 6);
        System.out.println("KillNineIT on " + kind + ": " + r.summary());
        assertTrue("writes were acknowledged: " + r.summary(), r.acknowledged() > 0);
        assertEquals(r.summary(), java.util.List.of(), r.lost());
    }
}
