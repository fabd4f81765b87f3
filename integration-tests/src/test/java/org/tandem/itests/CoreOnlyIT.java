package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import javax.json.JsonObject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The minimal runtime (core.bndrun): core runs; the other features' endpoints are absent and cannot be switched on. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreOnlyIT {
    private static final String ADMIN = "Bearer " + ServerOptions.ADMIN_TOKEN;

    @Configuration
    public Option[] config() {
        return ServerOptions.forRuntime("core", "derby");
    }

    @Test
    public void onlyCoreRunsAndTheRestIsAbsent() throws Exception {
        Http api = new Http(System.getProperty("tandem.it.base"));
        String root = System.getProperty("tandem.it.root");
        Waits.settled("the API answers", () -> api.as(ADMIN).get("/programs").status() == 200);
        assertTrue(api.get("/health").body().contains("\"features\":[\"core\"]"));
        for (JsonObject f : api.get("/features").jsonArray().getValuesAs(JsonObject.class)) {
            boolean core = f.getString("name").equals("core");
            assertEquals(f.toString(), core, f.getBoolean("installed"));
            assertEquals(f.toString(), core, f.getBoolean("active"));
        }
        assertEquals(404, new Browser().get(root + "/lti/jwks").status());
        assertEquals(404, new Browser().post(root + "/lti/login", Browser.form("iss", "x")).status());
        assertEquals(404, api.as(ADMIN).get("/admin/platforms").status());
        assertEquals(404, api.get("/relationships/any/workflow").status());
        assertEquals(404, api.get("/programs/any/health").status());
        assertEquals(404, api.get("/programs/any/matching/settings").status());
        assertEquals(404, new Browser().get(root + "/app/workflow/workflow.js").status());
        assertEquals(200, new Browser().get(root + "/app/app.js").status());
        Http.Reply refused = api.as(ADMIN).put("/admin/features/workflow", null, "{\"enabled\":true}");
        assertEquals(409, refused.status());
        assertTrue(refused.body(), refused.body().contains("start the full server"));
        assertFalse(api.get("/health").body().contains("workflow"));
    }
}
