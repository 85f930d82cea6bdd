package vn.khaosat.suite;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import vn.khaosat.local.soak.Soak;
import vn.khaosat.local.soak.SoakReport;
import vn.khaosat.local.soak.SoakSettings;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The soak of bench/soak.sh, for 60 seconds, against the real jars: 8 users, each at most 5
 * requests a second, with tokens of the test issuer. Its report goes to the build's output; the
 * 10-minute run and its heap figures are bench/soak.sh's.
 */
final class SuiteSoak {

  private SuiteSoak() {}

  static SoakReport run(RunningSuite suite) throws InterruptedException {
    SoakSettings settings =
        new SoakSettings(
            URI.create(suite.url("gateway")),
            8,
            Duration.ofSeconds(60),
            Duration.ofSeconds(10),
            5,
            (user, roles, units) ->
                TestTokens.bearer(user, Set.copyOf(roles), units.toArray(String[]::new)),
            suite.pids());
    SoakReport report = new Soak(settings).run();
    report.print(System.out);
    return report;
  }
}
