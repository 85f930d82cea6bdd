package vn.khaosat.upstream;

/**
 * Another service answered with a server error, said to try again (408, 429) or could not be
 * reached: what may pass, so it is retried and counted by the circuit breaker.
 */
public class UpstreamFailure extends RuntimeException {

  private final String service;

  public UpstreamFailure(String service, String message, Throwable cause) {
    super(message, cause);
    this.service = service;
  }

  public String service() {
    return service;
  }
}
