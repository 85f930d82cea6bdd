package vn.khaosat.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import vn.khaosat.problem.ApiProblem;

/**
 * Replays the stored response of a create already done under the same key, refuses a key reused for
 * another request (422) or one still being processed (409), and otherwise runs the create and
 * stores its response. The key is reserved in its own transaction before the create runs, so two
 * concurrent retries never both create.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class IdempotencyInterceptor {

  private final IdempotencyStore store;
  private final HttpHeaders headers;
  private final UriInfo uri;
  private final SecurityIdentity identity;
  private final ObjectMapper mapper;

  public IdempotencyInterceptor(
      IdempotencyStore store,
      HttpHeaders headers,
      UriInfo uri,
      SecurityIdentity identity,
      ObjectMapper mapper) {
    this.store = store;
    this.headers = headers;
    this.uri = uri;
    this.identity = identity;
    this.mapper = mapper;
  }

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    String key = headers.getHeaderString(Idempotent.HEADER);
    if (key == null) {
      return invocation.proceed();
    }
    if (key.isBlank() || key.length() > 200) {
      throw ApiProblem.badRequest("idempotency.badKey");
    }
    String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    String fingerprint = fingerprint(invocation.getParameters());
    Optional<StoredResponse> earlier =
        QuarkusTransaction.requiringNew().call(() -> store.reserve(principal, key, fingerprint));
    if (earlier.isPresent()) {
      return replay(earlier.get(), fingerprint);
    }
    try {
      Response response = (Response) invocation.proceed();
      String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
      URI location = response.getLocation();
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  store.complete(
                      principal,
                      key,
                      response.getStatus(),
                      location == null ? null : location.toString(),
                      body));
      return response;
    } catch (Exception | Error failure) {
      // nothing was created: free the key so that a retry runs again
      QuarkusTransaction.requiringNew().run(() -> store.release(principal, key));
      throw failure;
    }
  }

  private static Response replay(StoredResponse stored, String fingerprint) {
    if (!stored.fingerprint().equals(fingerprint)) {
      throw ApiProblem.of(422, "idempotency-key-reused", "idempotency.keyReused");
    }
    if (stored.status() == null) {
      throw ApiProblem.conflict("idempotency.inProgress");
    }
    Response.ResponseBuilder replay =
        Response.status(stored.status()).header(Idempotent.REPLAYED, "true");
    if (stored.location() != null) {
      replay.location(URI.create(stored.location()));
    }
    if (stored.body() != null) {
      replay.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return replay.build();
  }

  private String fingerprint(Object[] parameters) throws JsonProcessingException {
    String request = uri.getPath() + "\n" + mapper.writeValueAsString(parameters);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
