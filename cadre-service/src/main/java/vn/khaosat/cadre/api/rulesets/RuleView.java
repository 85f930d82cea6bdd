package vn.khaosat.cadre.api.rulesets;

import static vn.khaosat.cadre.api.rulesets.RuleSetRequest.MAX_PARAMETERS;
import static vn.khaosat.cadre.api.rulesets.RuleSetRequest.PARAMETER_VALUE_LENGTH;
import static vn.khaosat.cadre.api.rulesets.RuleSetRequest.RULE_CODE_LENGTH;
import static vn.khaosat.cadre.api.rulesets.RuleSetRequest.SOURCE_LENGTH;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;
import vn.khaosat.cadre.domain.vetting.RuleKind;
import vn.khaosat.cadre.domain.vetting.Severity;

/**
 * A rule of a stored set as the API shows it, bounded as {@link RuleSetRequest.Rule} is, so that
 * the plain-Java {@link RuleDefinition} carries no API annotation.
 */
@Schema(name = "RuleDefinition")
public record RuleView(
    @Schema(required = true, example = "AGE", maxLength = RULE_CODE_LENGTH) String code,
    @Schema(required = true, example = "AGE") RuleKind kind,
    @Schema(required = true, example = "FAIL") Severity severity,
    @Schema(
            required = true,
            example =
                "{\"minMonthsFirstTime\":\"60\",\"minMonthsReElection\":\"30\","
                    + "\"retirementAgeMale\":\"60\",\"retirementAgeFemale\":\"55\"}",
            maxProperties = MAX_PARAMETERS)
        Map<String, @Size(max = PARAMETER_VALUE_LENGTH) String> parameters,
    @Schema(
            required = true,
            example = "Hướng dẫn 26-HD/BTCTW ngày 18/10/2019",
            maxLength = SOURCE_LENGTH)
        String source) {

  static RuleView of(RuleDefinition rule) {
    return new RuleView(
        rule.code(), rule.kind(), rule.severity(), rule.parameters(), rule.source());
  }
}
