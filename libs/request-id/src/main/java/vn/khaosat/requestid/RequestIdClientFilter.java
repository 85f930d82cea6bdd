package vn.khaosat.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Passes the current request id on to every call made with a REST client. */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    Object id = MDC.get(RequestIds.MDC_KEY);
    if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
      request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
    }
  }
}
