package vn.khaosat.cadre.api.access;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.khaosat.cadre.service.access.PersonalDataLog;
import vn.khaosat.requestid.RequestIds;

/**
 * Records the personal fields an answer carries once its body is decided and before a byte of it is
 * written: a client that disconnects or a body that fails half-way keeps its record. An answer
 * without a body (304, HEAD) carries nothing and is not recorded, nor is a problem answered
 * instead.
 *
 * <p>A response filter, not a {@code WriterInterceptor}: any writer interceptor takes Quarkus REST
 * off its fast path (the body goes through an output stream instead of straight to the connection),
 * which cost every logged read more than the recording itself (bench/access-log.sh). Its priority
 * is below {@code ConditionalGetFilter}'s, and response filters run from the highest down, so a
 * revalidation has already become a bodiless 304 here.
 */
@Provider
@CarriesPersonalData
@Priority(Priorities.HEADER_DECORATOR)
public class PersonalDataResponseFilter implements ContainerResponseFilter {

  private final HandedPersonalData handed;
  private final PersonalDataLog log;
  // the time a read spends recording, beside the read's own: bench/access-log.sh compares them
  private final Timer recording;
  // method and route template of each operation, found once: reflection and two regular
  // expressions per answer were a third of the recording's time (bench/access-log.sh's profile)
  private final Map<Endpoint, Operation> operations = new ConcurrentHashMap<>();
  @Context ResourceInfo resource;

  public PersonalDataResponseFilter(
      HandedPersonalData handed, PersonalDataLog log, MeterRegistry registry) {
    this.handed = handed;
    this.log = log;
    this.recording =
        Timer.builder("khaosat.personal.data.log.record")
            .description("Time an answer spends recording the personal fields it carries")
            .register(registry);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!carriesBody(request, response)) {
      return;
    }
    List<Long> cadreIds = handed.take();
    if (cadreIds.isEmpty()) {
      return;
    }
    Operation operation =
        operations.computeIfAbsent(
            new Endpoint(resource.getResourceClass(), resource.getResourceMethod()),
            endpoint ->
                new Operation(
                    httpMethod(endpoint.method()), route(endpoint.type(), endpoint.method())));
    String requestId = request.getHeaderString(RequestIds.HEADER);
    recording.record(() -> log.handed(operation.method(), operation.route(), requestId, cadreIds));
  }

  // a problem is answered as application/problem+json, and a body-less answer shows nothing
  private static boolean carriesBody(
      ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    return response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
        && response.hasEntity()
        && !HttpMethod.HEAD.equals(request.getMethod())
        && (type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type));
  }

  // a method inherited by two resources has a route in each
  private record Endpoint(Class<?> type, Method method) {}

  private record Operation(String method, String route) {}

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return "GET";
  }

  /** The route template, as the README's table of operations writes it. */
  static String route(Class<?> type, Method method) {
    Path base = type.getAnnotation(Path.class);
    Path own = method.getAnnotation(Path.class);
    String route = (base == null ? "" : base.value()) + (own == null ? "" : "/" + own.value());
    return route.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
  }
}
