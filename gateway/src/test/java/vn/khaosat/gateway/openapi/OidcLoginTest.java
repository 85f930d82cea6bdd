package vn.khaosat.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OidcLoginTest {

  @Test
  void everyOperationAcceptsTheProvidersLoginBesideItsBearerToken() throws Exception {
    ObjectNode document =
        (ObjectNode)
            new ObjectMapper()
                .readTree(
                    """
                    {"openapi":"3.1.0","security":[{"bearer":[]}],
                     "paths":{"/api/units":{"get":{"security":[{"bearer":[]}]},
                                            "parameters":[]}},
                     "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}
                    """);
    OidcLogin.addTo(
        document, "http://localhost:8180/realms/khaosat/.well-known/openid-configuration");
    assertEquals("openIdConnect", document.at("/components/securitySchemes/oidc/type").asText());
    assertEquals(
        "http://localhost:8180/realms/khaosat/.well-known/openid-configuration",
        document.at("/components/securitySchemes/oidc/openIdConnectUrl").asText());
    assertEquals("[{\"bearer\":[]},{\"oidc\":[]}]", document.get("security").toString());
    assertEquals(
        "[{\"bearer\":[]},{\"oidc\":[]}]",
        document.at("/paths/~1api~1units/get/security").toString());
    assertEquals("[]", document.at("/paths/~1api~1units/parameters").toString());
  }
}
