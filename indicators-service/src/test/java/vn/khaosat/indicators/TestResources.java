package vn.khaosat.indicators;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.postgres.PostgresTestResource;

/**
 * The resources every test of this service shares, started once: a real PostgreSQL (database {@code
 * indicators}) and the key pair that signs test tokens.
 */
@WithTestResource(
    value = PostgresTestResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "indicators"))
@WithTestResource(value = JwtKeysTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

  private TestResources() {}
}
