package vn.khaosat.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** What a request id may look like, and a new one when the caller sent none or a bad one. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  // Ids are echoed into logs and headers: keep them short and free of control characters.
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static String acceptOrCreate(String incoming) {
    if (incoming != null && ACCEPTABLE.matcher(incoming).matches()) {
      return incoming;
    }
    return UUID.randomUUID().toString();
  }
}
