package vn.khaosat.cadre.domain.vetting;

/**
 * One parameter a rule kind takes (tham số của quy tắc), as an administrator writing a rule set
 * needs to know it. Every value is stored as text; each rule class declares its own.
 *
 * @param format how the text is written
 * @param example a value as the seeded rule sets use it
 * @param unit what the number counts, or "–" for a code or a name
 */
public record ParameterSpec(
    String name, boolean required, String meaning, String format, String example, String unit) {

  static final String INTEGER = "non-negative integer";
  static final String PERCENT = "decimal 0–100, dot separator";
  static final String ROLES = "comma list of SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, MEMBER";
  static final String CODE = "–";

  static ParameterSpec required(
      String name, String meaning, String format, String example, String unit) {
    return new ParameterSpec(name, true, meaning, format, example, unit);
  }

  static ParameterSpec optional(
      String name, String meaning, String format, String example, String unit) {
    return new ParameterSpec(name, false, meaning, format, example, unit);
  }
}
