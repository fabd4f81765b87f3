package org.tandem.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.ConflictException;
import org.tandem.model.FieldError;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.PreconditionFailedException;
import org.tandem.rest.api.PreconditionRequiredException;
import org.tandem.rest.api.Problem;
import org.tandem.rest.internal.json.BodyTooLargeException;
import org.tandem.storage.StorageException;

class ProblemMapperTest {

    @Test
    void eachFailureHasItsStatusAndType() {
        assertEquals(404, ProblemMapper.problem(new NotFoundException("program", "x")).status);
        assertEquals(409, ProblemMapper.problem(new ConflictException("full")).status);
        assertEquals(428, ProblemMapper.problem(new PreconditionRequiredException("which?")).status);
        assertEquals(413, ProblemMapper.problem(new BodyTooLargeException(1024)).status);
        Problem stale = ProblemMapper.problem(new PreconditionFailedException(
                new StaleVersionException("program", "x", 1, 4)));
        assertEquals(412, stale.status);
        assertEquals(Long.valueOf(4), stale.currentVersion);
        assertEquals("urn:tandem:problem:stale-version", stale.type);
    }

    @Test
    void validationListsEveryFieldInTheDetail() {
        Problem p = ProblemMapper.problem(new ValidationException(List.of(new FieldError("name", "is required"),
                new FieldError("model", "must be one of ONE_TO_ONE, TEAM"))));
        assertEquals(400, p.status);
        assertEquals("name is required; model must be one of ONE_TO_ONE, TEAM.", p.detail);
        assertEquals(2, p.errors.size());
    }

    @Test
    void databaseFailuresAre503AndUnexpectedOnes500WithAReferenceButNoInternals() {
        Problem db = ProblemMapper.problem(new StorageException("Database error (SQLState 08001): secret host",
                null));
        assertEquals(503, db.status);
        assertTrue(!db.detail.contains("secret host") && db.detail.contains("reference"), db.detail);
        Problem bug = ProblemMapper.problem(new IllegalStateException("internal detail"));
        assertEquals(500, bug.status);
        assertTrue(!bug.detail.contains("internal detail") && bug.detail.contains("reference"), bug.detail);
    }
}
