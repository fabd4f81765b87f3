package org.tandem.rest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.core.HttpHeaders;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.RestApi;

/**
 * Gives every answer its {@code Date} (RFC 9110's IMF-fixdate), formatted once a second. Otherwise CXF
 * formats one itself with a {@code SimpleDateFormat} built anew for every answer (1.4% of the request
 * threads' time in a JFR profile of the mixed load). CXF does so before any JAX-RS response filter
 * runs, so this is a CXF feature (the whiteboard takes those as extensions; CXF's
 * {@code AbstractFeature} would need JAX-WS, which Java 17 lacks): its interceptor puts the
 * header among the answer's protocol headers before CXF's own ({@link Phase#PRE_LOGICAL}, ahead of
 * {@link Phase#MARSHAL}), and CXF keeps a {@code Date} that is there.
 */
@Component(service = Feature.class)
@JaxrsExtension
@JaxrsName("tandem.date")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class DateHeader implements Feature {
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    private volatile Stamp last = new Stamp(-1, "");
    private final Stamping stamping = new Stamping();

    @Override
    public void initialize(Server server, Bus bus) {
        initialize(server.getEndpoint(), bus);
    }

    @Override
    public void initialize(InterceptorProvider provider, Bus bus) {
        provider.getOutInterceptors().add(stamping);
        provider.getOutFaultInterceptors().add(stamping);
    }

    @Override
    public void initialize(Client client, Bus bus) {
        // answers only: Tandem's own calls out do not go through the API's endpoint
    }

    @Override
    public void initialize(Bus bus) {
        // the endpoint's chain, not the whole bus's
    }

    /** The header's value for {@code now}; the same second answers from the last one formatted. */
    String at(Instant now) {
        long second = now.getEpochSecond();
        Stamp s = last;
        if (s.second() != second) {
            s = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = s;
        }
        return s.text();
    }

    /** Puts the {@code Date} among the outgoing message's protocol headers, unless one is there. */
    final class Stamping extends AbstractPhaseInterceptor<Message> {
        Stamping() {
            super(Phase.PRE_LOGICAL);
        }

        @Override
        public void handleMessage(Message message) {
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> headers = (Map<String, List<Object>>) message.get(Message.PROTOCOL_HEADERS);
            if (headers == null) {
                headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                message.put(Message.PROTOCOL_HEADERS, headers);
            }
            if (!headers.containsKey(HttpHeaders.DATE)) {
                List<Object> value = new ArrayList<>(1);
                value.add(at(Instant.now()));
                headers.put(HttpHeaders.DATE, value);
            }
        }
    }
}
