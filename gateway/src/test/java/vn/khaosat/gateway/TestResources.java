package vn.khaosat.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.khaosat.testing.jwt.JwtKeysTestResource;

/** The key pair that signs test tokens, and WireMock in place of the services. */
@WithTestResource(value = JwtKeysTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Backends.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

  private TestResources() {}
}
