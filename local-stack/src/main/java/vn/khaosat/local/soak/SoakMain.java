package vn.khaosat.local.soak;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khaosat.local.DevTokens;

/**
 * Runs a soak against a running suite (bench/soak.sh, which finds the services' process ids):
 * {@code --gateway=URL --users=N --duration=10m --warm-up=1m --rate=R --pid=service=pid…}. Tokens
 * are development tokens (dev/keys). Exits with 1 when any answer was an error.
 */
public final class SoakMain {

  private SoakMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, Long> pids = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      if (pair[0].equals("pid")) {
        String[] service = pair[1].split("=", 2);
        pids.put(service[0], Long.parseLong(service[1]));
      } else {
        options.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
    }
    Duration duration = duration(options.getOrDefault("duration", "10m"));
    SoakSettings settings =
        new SoakSettings(
            URI.create(options.getOrDefault("gateway", "http://localhost:8080")),
            Integer.parseInt(options.getOrDefault("users", "16")),
            duration,
            duration(options.getOrDefault("warm-up", duration.dividedBy(10).toSeconds() + "s")),
            Double.parseDouble(options.getOrDefault("rate", "8")),
            (user, roles, units) -> {
              try {
                return "Bearer " + DevTokens.mint(user, roles, units, Duration.ofHours(12));
              } catch (Exception e) {
                throw new IllegalStateException("no development token: " + e.getMessage(), e);
              }
            },
            pids);
    SoakReport report = new Soak(settings).run();
    report.print(System.out);
    System.exit(report.errors() == 0 ? 0 : 1);
  }

  /** "10m", "90s", "1h": a number and a unit. */
  static Duration duration(String text) {
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> throw new IllegalArgumentException("a duration such as 10m or 90s: " + text);
    };
  }
}
