package vn.khaosat.upstream;

/**
 * Another service refused the request: a 4xx other than 404 (absent), 408 and 429 (try again). It
 * is an answer, not a failure, so it is neither retried nor counted by the circuit breaker.
 */
public class UpstreamRefusal extends RuntimeException {

  private final String service;
  private final int status;

  public UpstreamRefusal(String service, int status) {
    super(service + " answered " + status, null, false, false);
    this.service = service;
    this.status = status;
  }

  public String service() {
    return service;
  }

  public int status() {
    return status;
  }

  /** The other service refused the caller's token (401) or the caller (403), not the value. */
  public boolean refusesTheCaller() {
    return status == 401 || status == 403;
  }
}
