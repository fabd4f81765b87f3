package org.tandem.rest.internal.http;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;
import org.tandem.rest.api.Languages;

/**
 * Sets the language of the request ({@code Accept-Language}; the app sends its launch's) for the code
 * that answers it, so that every sentence built on the server while answering (a problem's detail, a
 * condition still unmet, a health signal) is in the reader's language. Cleared after each request.
 */
@Component(service = Filter.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.filter.pattern=/*", "osgi.http.whiteboard.filter.name=tandem.reader.language",
        "service.ranking:Integer=900"})
public class ReaderLanguage implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean asked = request instanceof HttpServletRequest http && http.getHeader("Accept-Language") != null;
        try (Languages.Scope reader = Languages.reading(asked ? Collections.list(request.getLocales()) : List.of())) {
            chain.doFilter(request, response);
        }
    }
}
