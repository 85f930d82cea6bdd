package vn.khaosat.gateway.proxy;

/** Reads the route key of a path: the first segment under {@code /api}. */
final class RouteTable {

  private RouteTable() {}

  /** {@code /api/units/665/children} → {@code units}; {@code ""} when there is none. */
  static String firstSegment(String path) {
    String rest = path.startsWith("/api/") ? path.substring(5) : "";
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
