package vn.khaosat.survey.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.eclipse.microprofile.rest.client.ext.DefaultClientHeadersFactoryImpl;

/**
 * The caller's headers as every call carries them ({@code propagateHeaders}: Authorization,
 * X-Request-Id, Accept-Language), but for the language: Vietnamese (tiếng Việt).
 */
public class VietnameseHeaders implements ClientHeadersFactory {

  private final ClientHeadersFactory propagated = new DefaultClientHeadersFactoryImpl();

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers =
        new MultivaluedHashMap<>(propagated.update(incoming, outgoing));
    headers.remove(HttpHeaders.ACCEPT_LANGUAGE);
    headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return headers;
  }
}
