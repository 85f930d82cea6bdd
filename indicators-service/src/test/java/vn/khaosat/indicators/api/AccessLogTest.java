package vn.khaosat.indicators.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.khaosat.testing.support.AccessLogContract;
import vn.khaosat.testing.support.AccessLogLines;

/**
 * The access log's line of a request, with the access log on. The test and its assertion (a line
 * with the request, status, size, duration and request id) are {@link AccessLogContract}'s, shared
 * with the other application that writes the log; this class names the read it makes.
 */
@QuarkusTest
@TestProfile(AccessLogLines.On.class)
class AccessLogTest extends AccessLogContract {

  @Override
  protected String aRead() {
    return "/api/units/67";
  }
}
