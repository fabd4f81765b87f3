package org.tandem.rest.internal.resources;

import static org.tandem.rest.internal.Texts.TEXT;

import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.ws.rs.core.Response;
import org.tandem.model.NotFoundException;
import org.tandem.model.Repository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.Conditional;
import org.tandem.rest.api.PageDto;
import org.tandem.rest.api.Paging;

/**
 * The list/get/create/update/delete conventions of the API, shared by the model's resources:
 * ETag = version, If-Match (or a body version) on every change, 201 with Location on create.
 *
 * @param <M> the model type
 * @param <D> its JSON form
 */
final class Crud<M, D> {
    interface Dto {
        Long version();

        String id();
    }

    private final String kind;
    /** The collection's path relative to the API base; JAX-RS resolves Location against the base. */
    private final String base;
    private final Repository<M> repository;
    private final Function<M, D> toDto;
    private final BiFunction<D, IdVersion, M> toModel;
    private final Function<D, Dto> keys;

    /** The identity a model is built with: null id and version 0 on create. */
    record IdVersion(String id, long version) {
    }

    Crud(String kind, String base, Repository<M> repository, Function<M, D> toDto,
            BiFunction<D, IdVersion, M> toModel, Function<D, Dto> keys) {
        this.kind = kind;
        this.base = base;
        this.repository = repository;
        this.toDto = toDto;
        this.toModel = toModel;
        this.keys = keys;
    }

    PageDto<D> list(String offset, String limit) {
        return PageDto.of(repository.list(Paging.of(offset, limit)), toDto);
    }

    Response get(String id) {
        M found = repository.find(id).orElseThrow(() -> new NotFoundException(kind, id));
        return ok(found, Response.ok());
    }

    /** The answer to a GET of a row the caller has read already (for its access check): no second read. */
    Response found(M model) {
        return ok(model, Response.ok());
    }

    Response create(D body) {
        required(body);
        M stored = repository.create(toModel.apply(body, new IdVersion(null, 0)));
        D dto = toDto.apply(stored);
        return Response.created(URI.create(base + "/" + keys.apply(dto).id())).entity(dto)
                .tag(Conditional.etag(keys.apply(dto).version())).build();
    }

    Response update(String id, String ifMatch, D body) {
        required(body);
        String bodyId = keys.apply(body).id();
        if (bodyId != null && !bodyId.equals(id)) {
            throw new ValidationException("id", TEXT.format("input.id-mismatch", "id", id));
        }
        long version = Conditional.expectedVersion(ifMatch, keys.apply(body).version());
        try {
            return ok(repository.update(toModel.apply(body, new IdVersion(id, version))), Response.ok());
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }

    Response delete(String id, String ifMatch, String versionParam) {
        long version = Conditional.expectedVersion(ifMatch, parse(versionParam));
        try {
            repository.delete(id, version);
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
        return Response.noContent().build();
    }

    private Response ok(M model, Response.ResponseBuilder builder) {
        D dto = toDto.apply(model);
        return builder.entity(dto).tag(Conditional.etag(keys.apply(dto).version())).build();
    }

    static void required(Object body) {
        if (body == null) {
            throw new ValidationException("body", TEXT.format("input.body-required"));
        }
    }

    static Long parse(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("version", TEXT.format("input.whole-number", "text", version));
        }
    }
}
