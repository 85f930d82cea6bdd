package vn.khaosat.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body Jackson could not read, as a 400 problem (413 past the size limit) that names the field.
 * Quarkus answers some of these by itself with its own JSON ({@code objectName}, {@code line}) or
 * an empty body; this mapper, registered for the same exception types, runs first and hands the
 * problem to the post-processors, which write the detail ({@link ClientErrorDetails}).
 */
public class JsonProblemMapper {

  @ServerExceptionMapper(
      priority = 1,
      value = {
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class,
        StreamConstraintsException.class
      })
  public Response unreadable(JsonProcessingException exception, UriInfo uriInfo) {
    HttpProblem problem = HttpProblem.builder().withStatus(400).build();
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(exception, uriInfo))
        .toResponse();
  }
}
