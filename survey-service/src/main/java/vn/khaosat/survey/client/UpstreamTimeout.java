package vn.khaosat.survey.client;

/** Another service did not answer within the client's read timeout: a failure worth a retry. */
public class UpstreamTimeout extends UpstreamFailure {

  public UpstreamTimeout(String message, Throwable cause) {
    super(message, cause);
  }
}
