package vn.khaosat.survey.client;

/**
 * Another service refused the request (4xx other than 404): an answer, not a failure, so it is
 * neither retried nor counted by the circuit breaker.
 */
public class UpstreamRefusal extends RuntimeException {

  private final int status;

  public UpstreamRefusal(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
