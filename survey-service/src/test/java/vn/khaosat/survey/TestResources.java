package vn.khaosat.survey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.postgres.PostgresTestResource;

/**
 * The resources every test of this service shares, started once: a real PostgreSQL (database {@code
 * survey}), the key pair that signs test tokens, and WireMock in place of indicators-service and
 * cadre-service.
 */
@WithTestResource(
    value = PostgresTestResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = "database", value = "survey"))
@WithTestResource(value = JwtKeysTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UpstreamWireMock.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

  private TestResources() {}
}
