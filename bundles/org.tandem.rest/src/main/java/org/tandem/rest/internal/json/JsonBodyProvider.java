package org.tandem.rest.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.json.bind.Jsonb;
import javax.json.spi.JsonProvider;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.eclipse.yasson.JsonBindingProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Jsonp;

/**
 * JSON for the API: writes with JSON-B (Yasson), reads strictly with JSON-P. Yasson is
 * created directly (the JSON-B API looks it up through ServiceLoader, blind in OSGi).
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(RestApi.JSON_NAME)
@JaxrsMediaType({MediaType.APPLICATION_JSON, RestApi.PROBLEM_JSON})
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Consumes({MediaType.APPLICATION_JSON, RestApi.PROBLEM_JSON})
@Produces({MediaType.APPLICATION_JSON, RestApi.PROBLEM_JSON})
public class JsonBodyProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private final Jsonb jsonb;
    private final StrictJson reader;

    @Activate
    public JsonBodyProvider() {
        JsonProvider json = Jsonp.provider();
        this.jsonb = new JsonBindingProvider().create().withProvider(json).build();
        this.reader = new StrictJson(json);
    }

    @Deactivate
    void close() throws Exception {
        jsonb.close();
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
        return type != String.class && type != InputStream.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType media,
            MultivaluedMap<String, String> headers, InputStream body) {
        return reader.read(body, generic);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
        return type != String.class;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type generic, Annotation[] annotations, MediaType media,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (Records.needsTree(value)) {
            jsonb.toJson(Records.tree(value), out);
        } else {
            jsonb.toJson(value, generic, out);
        }
    }
}
