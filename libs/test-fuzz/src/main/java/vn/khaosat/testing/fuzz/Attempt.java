package vn.khaosat.testing.fuzz;

import java.util.Map;

/**
 * One bad request: which operation, which kind of bad input and where, and the request itself.
 *
 * @param kind the family of bad input, counted in the report (path, query, body-type, …)
 * @param what the change made, e.g. {@code body name: NUL}
 * @param target path and query, already encoded
 * @param body the raw body, or null for none
 */
record Attempt(
    ApiOperation operation,
    String kind,
    String what,
    String method,
    String target,
    Map<String, String> headers,
    byte[] body) {

  String describe() {
    return operation.id() + " [" + kind + "] " + what + " → " + method + " " + shorten(target);
  }

  private static String shorten(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
  }
}
