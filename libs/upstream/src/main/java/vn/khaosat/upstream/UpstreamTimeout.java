package vn.khaosat.upstream;

/** Another service did not answer within the client's read or connect timeout: a failure. */
public class UpstreamTimeout extends UpstreamFailure {

  public UpstreamTimeout(String service, Throwable cause) {
    super(service, service + " did not answer in time", cause);
  }
}
