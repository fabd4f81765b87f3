package org.tandem.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {
    @Path("/programs/")
    static class Programs {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{id}/members")
        public String members() {
            return "";
        }
    }

    @Test
    void aRouteIsTheTemplateNotThePath() throws Exception {
        assertEquals("/api/programs", RequestMetrics.route(Programs.class, Programs.class.getMethod("list")));
        assertEquals("/api/programs/{id}/members",
                RequestMetrics.route(Programs.class, Programs.class.getMethod("members")));
    }
}
