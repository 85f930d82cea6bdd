package vn.khaosat.testing.fuzz;

/**
 * How much to send: {@code quick} (the default, in the build) sends every deterministic bad input
 * once; {@code long} adds {@code randomPerOperation} random ones per operation, from {@code seed}.
 * Set with {@code -Dkhaosat.fuzz=long} or {@code KHAOSAT_FUZZ=long}, and {@code KHAOSAT_FUZZ_CASES}
 * / {@code KHAOSAT_FUZZ_SEED}.
 */
public record FuzzMode(String name, int randomPerOperation, long seed) {

  public static final FuzzMode QUICK = new FuzzMode("quick", 0, 1);

  public static FuzzMode fromEnvironment() {
    String mode = setting("khaosat.fuzz", "KHAOSAT_FUZZ", "quick");
    if (!mode.equals("long")) {
      return QUICK;
    }
    int cases = Integer.parseInt(setting("khaosat.fuzz.cases", "KHAOSAT_FUZZ_CASES", "300"));
    long seed = Long.parseLong(setting("khaosat.fuzz.seed", "KHAOSAT_FUZZ_SEED", "20191128"));
    return new FuzzMode("long", cases, seed);
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
