package vn.khaosat.local.soak;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One request of the soak: what it sends, the route it is counted under, and the statuses it may
 * answer. Any other answer is an error of the soak.
 */
record Call(
    String route,
    String method,
    String path,
    String body,
    String contentType,
    String accept,
    Map<String, String> headers,
    Set<Integer> expected) {

  static Call get(String route, String path) {
    return new Call(route, "GET", path, null, null, "application/json", Map.of(), Set.of(200));
  }

  static Call json(String method, String route, String path, String body) {
    return new Call(
        route, method, path, body, "application/json", "application/json", Map.of(), Set.of(200));
  }

  static Call csv(String route, String path, String body) {
    return new Call(
        route, "POST", path, body, "text/csv", "application/json", Map.of(), Set.of(200));
  }

  Call expecting(Integer... statuses) {
    return new Call(route, method, path, body, contentType, accept, headers, Set.of(statuses));
  }

  Call accepting(String type) {
    return new Call(route, method, path, body, contentType, type, headers, expected);
  }

  Call header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Call(route, method, path, body, contentType, accept, more, expected);
  }
}
