package vn.khaosat.upstream;

import io.quarkus.rest.client.reactive.runtime.ResteasyReactiveResponseExceptionMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;

/**
 * What another service's error status means, read from the status alone: 404 is absent ({@link
 * GuardedCalls#call} answers empty), 408, 429 and 5xx are an {@link UpstreamFailure} (worth a
 * retry), any other 4xx an {@link UpstreamRefusal}. Every REST client interface of the suite
 * registers it ({@code @RegisterProvider(UpstreamExceptionMapper.class)}); the service is named
 * after the interface's config key ({@code indicators} → {@code indicators-service}).
 */
public class UpstreamExceptionMapper
    implements ResteasyReactiveResponseExceptionMapper<RuntimeException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public RuntimeException toThrowable(Response response, RestClientRequestContext context) {
    return of(serviceOf(context), response.getStatus());
  }

  static RuntimeException of(String service, int status) {
    if (status == 404) {
      return new UpstreamAbsent(service);
    }
    if (status >= 500 || status == 408 || status == 429) {
      return new UpstreamFailure(service, service + " answered " + status, null);
    }
    return new UpstreamRefusal(service, status);
  }

  private static String serviceOf(RestClientRequestContext context) {
    if (context != null && context.getInvokedMethod() != null) {
      RegisterRestClient client =
          context.getInvokedMethod().getDeclaringClass().getAnnotation(RegisterRestClient.class);
      if (client != null && !client.configKey().isEmpty()) {
        return client.configKey() + "-service";
      }
    }
    return "another service";
  }
}
