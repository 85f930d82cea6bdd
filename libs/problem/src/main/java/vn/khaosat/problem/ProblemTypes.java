package vn.khaosat.problem;

import java.net.URI;
import java.util.Map;

/** The {@code type} of a problem the framework raised, by status, so that no problem lacks one. */
final class ProblemTypes {

  private static final Map<Integer, String> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, "bad-request"),
          Map.entry(401, "unauthorized"),
          Map.entry(403, "forbidden"),
          Map.entry(404, "not-found"),
          Map.entry(405, "method-not-allowed"),
          Map.entry(406, "not-acceptable"),
          Map.entry(409, "conflict"),
          Map.entry(412, "precondition-failed"),
          Map.entry(413, "payload-too-large"),
          Map.entry(414, "uri-too-long"),
          Map.entry(415, "unsupported-media-type"),
          Map.entry(422, "unprocessable"),
          Map.entry(428, "precondition-required"),
          Map.entry(429, "too-many-requests"),
          Map.entry(431, "headers-too-large"),
          Map.entry(500, "internal"),
          Map.entry(502, "bad-gateway"),
          Map.entry(503, "service-unavailable"),
          Map.entry(504, "gateway-timeout"));

  private ProblemTypes() {}

  static URI forStatus(int status) {
    return ApiProblem.typeUri(
        BY_STATUS.getOrDefault(status, status < 500 ? "bad-request" : "internal"));
  }
}
