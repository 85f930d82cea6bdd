package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lets Swagger UI's <em>Authorize</em> log in through the identity provider: a document served by
 * the gateway gets an OpenID Connect security scheme ({@code oidc}, the provider's discovery
 * document) beside its bearer one, and every operation accepts either. Swagger UI then runs the
 * authorization code flow with PKCE for its public client ({@code quarkus.swagger-ui.oauth-*}) and
 * sends the access token it gets. Plain Java.
 */
public final class OidcLogin {

  public static final String SCHEME = "oidc";

  private OidcLogin() {}

  public static ObjectNode addTo(ObjectNode document, String discoveryUrl) {
    ObjectNode components =
        document.has("components")
            ? (ObjectNode) document.get("components")
            : document.putObject("components");
    ObjectNode schemes =
        components.has("securitySchemes")
            ? (ObjectNode) components.get("securitySchemes")
            : components.putObject("securitySchemes");
    schemes
        .putObject(SCHEME)
        .put("type", "openIdConnect")
        .put("openIdConnectUrl", discoveryUrl)
        .put(
            "description",
            "Log in with the suite's identity provider (authorization code with PKCE); the access"
                + " token it gives is the same bearer token.");
    accept(document.get("security"));
    for (JsonNode path : document.path("paths")) {
      for (JsonNode operation : path) {
        if (operation instanceof ObjectNode op) {
          accept(op.get("security"));
        }
      }
    }
    return document;
  }

  /** Adds the OIDC scheme as one more way to meet a security requirement list. */
  private static void accept(JsonNode security) {
    if (security instanceof ArrayNode requirements && !requirements.isEmpty()) {
      requirements.addObject().putArray(SCHEME);
    }
  }
}
