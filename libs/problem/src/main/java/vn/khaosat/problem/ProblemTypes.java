package vn.khaosat.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@code type} a problem of the suite can have, with its status and what it means: the list
 * the API document gives clients, and the only slugs {@link ApiProblem#typeUri} accepts, so that no
 * problem is raised with a type the document does not list.
 */
public final class ProblemTypes {

  /** One kind of problem: {@code urn:khaosat:problem:<slug>}. */
  public record Type(String slug, int status, String meaning) {
    public URI uri() {
      return URI.create(PREFIX + slug);
    }
  }

  static final String PREFIX = "urn:khaosat:problem:";

  private static final Map<String, Type> BY_SLUG = new LinkedHashMap<>();

  /** The type of a status when nothing more specific is known (the framework's own answers). */
  private static final Map<Integer, String> BY_STATUS = new LinkedHashMap<>();

  static {
    general(400, "bad-request", "a request the service cannot take as sent");
    type(400, "constraint-violation", "values at fault, each named in violations");
    type(400, "bad-parameter", "a path or query parameter that is not of its type");
    type(400, "unreadable-body", "a body that is not the JSON the operation reads");
    general(401, "unauthorized", "no valid bearer token");
    general(403, "forbidden", "the caller's roles or units do not allow it");
    general(404, "not-found", "no such record or path");
    general(405, "method-not-allowed", "the path does not take this method");
    general(406, "not-acceptable", "no answer in a type the Accept header allows");
    general(409, "conflict", "the record's state or a concurrent write refuses it");
    type(409, "import-conflicts", "an import refused whole; summary lists the conflicts");
    general(412, "precondition-failed", "If-Match names an older version");
    general(413, "payload-too-large", "a body over the limit");
    general(414, "uri-too-long", "a request line over the limit");
    general(415, "unsupported-media-type", "a Content-Type the operation does not take");
    general(422, "unprocessable", "a request the service understood but cannot carry out");
    type(422, "idempotency-key-reused", "an Idempotency-Key already used with another body");
    general(428, "precondition-required", "a write that needs If-Match");
    general(429, "too-many-requests", "over the caller's rate limit; Retry-After says when");
    general(431, "headers-too-large", "request headers over the limit");
    general(500, "internal", "an unexpected error; X-Request-Id finds it in the logs");
    general(502, "bad-gateway", "the service behind the gateway broke off its answer");
    general(503, "service-unavailable", "a service, this one or one it needs, cannot answer now");
    general(504, "gateway-timeout", "the service behind the gateway did not answer in time");
  }

  private ProblemTypes() {}

  private static void general(int status, String slug, String meaning) {
    type(status, slug, meaning);
    BY_STATUS.put(status, slug);
  }

  private static void type(int status, String slug, String meaning) {
    BY_SLUG.put(slug, new Type(slug, status, meaning));
  }

  /** Every type, in order of status. */
  public static List<Type> all() {
    return List.copyOf(BY_SLUG.values());
  }

  /** The type of this slug; an unlisted slug is a programming error. */
  public static Type of(String slug) {
    Type type = BY_SLUG.get(slug);
    if (type == null) {
      throw new IllegalArgumentException(slug + " is not a problem type: list it in ProblemTypes");
    }
    return type;
  }

  /** The slug of a status, for problems that have no more specific one. */
  public static String slugOf(int status) {
    return BY_STATUS.getOrDefault(status, status < 500 ? "bad-request" : "internal");
  }

  static URI forStatus(int status) {
    return of(slugOf(status)).uri();
  }
}
