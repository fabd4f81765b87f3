package org.tandem.rest.internal.jetty;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.osgi.service.component.annotations.Component;

/**
 * Puts {@link ProblemErrorHandler} on Felix's Jetty server. Felix HTTP offers no setting for the
 * server's error handler, but hands the server to every {@link ConnectorFactory} service: this one
 * sets the handler and answers with an in-memory {@link LocalConnector}, which opens no port.
 */
@Component
public class JettyErrors implements ConnectorFactory {
    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new ProblemErrorHandler());
        return new LocalConnector(server);
    }
}
