package org.tandem.rest.internal.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Jsonp;

/**
 * Jetty's own error answers (a request line or header that is not valid HTTP, an unknown HTTP version,
 * headers too large) as problem+json instead of Jetty's HTML page: these come before any servlet, so
 * only the server's error handler can word them. English: no language header can be trusted here.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        int code = status instanceof Integer i ? i : response.getStatus();
        Object message = request.getAttribute(ERROR_MESSAGE);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, RestApi.PROBLEM_JSON);
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        response.write(true, ByteBuffer.wrap(json(code, message == null ? null : message.toString())), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, RestApi.PROBLEM_JSON);
        return ByteBuffer.wrap(json(status, reason));
    }

    static byte[] json(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        String detail = "The request is not valid HTTP" + (reason == null || reason.isBlank() || reason.equals(title)
                ? "." : ": " + reason + ".") + " Send it again as HTTP/1.1 with an encoded address and shorter headers.";
        return Jsonp.objectBuilder().add("type", "urn:tandem:problem:http-" + status).add("title", title)
                .add("status", status).add("detail", status >= 500 && status != 505 ? "The server could not answer." : detail)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
