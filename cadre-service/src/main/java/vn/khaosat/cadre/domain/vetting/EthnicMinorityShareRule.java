package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Share of ethnic-minority candidates (cán bộ người dân tộc thiểu số), compared with their share of
 * the local population when known. Candidates with no recorded ethnicity are not counted as
 * minorities.
 */
final class EthnicMinorityShareRule extends BaseRule implements SlateRule {

  static final String MAJORITY = "majorityEthnicity";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MAJORITY,
              "the ethnicity not counted as a minority (case and diacritics ignored)",
              "text",
              "Kinh",
              ParameterSpec.CODE));

  private final String majority;

  EthnicMinorityShareRule(RuleDefinition definition) {
    super(definition);
    majority = fold(new RuleParameters(definition).text(MAJORITY));
  }

  @Override
  public Finding check(SlateFacts slate) {
    int total = slate.candidates().size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    if (total == 0) {
      return notApplicable(null, figures);
    }
    int count = 0;
    for (CandidateFacts c : slate.candidates()) {
      String ethnicity = c.ethnicity();
      if (ethnicity != null && !ethnicity.isBlank() && !fold(ethnicity).equals(majority)) {
        count++;
      }
    }
    String percent = Shares.percent(count, total);
    figures.put("count", count);
    figures.put("percent", percent);
    BigDecimal local = slate.localEthnicMinorityPercent();
    if (local == null) {
      // Nothing to compare with: report the share only.
      return finding(null, Outcome.PASSED, "reported", List.of(count, total, percent), figures);
    }
    String localPercent = Shares.plain(local);
    figures.put("localPercent", localPercent);
    return result(
        null,
        Shares.atLeast(count, total, local),
        List.of(count, total, percent, localPercent),
        figures);
  }

  /** Case- and diacritic-insensitive form: "Kinh", "KINH", "kính" compare equal; Đ as D. */
  static String fold(String text) {
    String withoutD = text.replace('Đ', 'D').replace('đ', 'd');
    return Normalizer.normalize(withoutD, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
