package vn.khaosat.upstream;

/** 404: no such thing. {@link GuardedCalls#call} turns it into an empty answer. */
final class UpstreamAbsent extends RuntimeException {

  UpstreamAbsent(String service) {
    super(service + " answered 404", null, false, false);
  }
}
