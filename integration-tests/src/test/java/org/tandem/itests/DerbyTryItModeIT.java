package org.tandem.itests;

import java.util.Map;
import org.junit.BeforeClass;

/** Try-it mode on embedded Derby, as {@code TANDEM_DEMO=true ./tandem} runs it. */
public class DerbyTryItModeIT extends TryItModeBehaviour {
    @BeforeClass
    public static void up() throws Exception {
        start(Map.of());
    }
}
