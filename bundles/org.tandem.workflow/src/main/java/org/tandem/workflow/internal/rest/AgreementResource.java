package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;
import org.tandem.model.NotFoundException;
import org.tandem.model.ValidationException;
import org.tandem.workflow.api.AgreementRevision;
import org.tandem.workflow.api.AgreementService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code /api/relationships/{id}/agreement}: current revision, history, new revisions, signatures. Members only. */
@Component(service = AgreementResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.agreement")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {
    private final WorkflowService workflow;
    private final AgreementService agreements;

    @Activate
    public AgreementResource(@Reference WorkflowService workflow, @Reference AgreementService agreements) {
        this.workflow = workflow;
        this.agreements = agreements;
    }

    @GET
    public AgreementRevision current(@PathParam("id") String id, @Context SecurityContext sc) {
        Parties.member(sc, Parties.load(sc, workflow, id));
        return agreements.current(id).orElseThrow(() -> new NotFoundException(
                TEXT.format("agreement.none")));
    }

    @GET
    @Path("history")
    public List<AgreementRevision> history(@PathParam("id") String id, @Context SecurityContext sc) {
        Parties.member(sc, Parties.load(sc, workflow, id));
        return agreements.history(id);
    }

    /** A new revision: the first draft names revision 0, an amendment the revision it changes. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementRevision write(@PathParam("id") String id, Bodies.AgreementWrite body,
            @Context SecurityContext sc) {
        Bodies.required(body);
        if (body.content() == null || body.revision() == null) {
            throw new ValidationException(body.content() == null ? "content" : "revision",
                    body.content() == null ? TEXT.format("agreement.content-required")
                            : TEXT.format("agreement.revision-required"));
        }
        WorkflowState s = Parties.load(sc, workflow, id);
        return agreements.write(id, Parties.actor(sc, s), body.content(), body.changeNote(), body.revision());
    }

    @POST
    @Path("signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementRevision sign(@PathParam("id") String id, Bodies.Signature body, @Context SecurityContext sc) {
        if (Bodies.required(body).revision() == null) {
            throw new ValidationException("revision", TEXT.format("agreement.sign-revision-required"));
        }
        return agreements.sign(id, Parties.actor(sc, Parties.load(sc, workflow, id)), body.revision());
    }
}
