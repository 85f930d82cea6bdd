package vn.khaosat.survey.client;

/** Another service answered with a server error or could not be reached: worth a retry. */
public class UpstreamFailure extends RuntimeException {

  public UpstreamFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
