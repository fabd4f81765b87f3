package org.tandem.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;

/** The JAX-RS application every feature's resources join; served at {@value RestApi#BASE}. */
@Component(service = Application.class, property = Feature.PROPERTY + "=core")
@JaxrsName(RestApi.APPLICATION_NAME)
@JaxrsApplicationBase(RestApi.BASE)
public class TandemApplication extends Application {
}
