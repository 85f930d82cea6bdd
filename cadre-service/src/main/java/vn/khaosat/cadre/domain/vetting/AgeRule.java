package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.cadres.Gender;

/**
 * Age criterion (tuổi tham gia cấp ủy) of Guidance 26-HD/BTCTW: a candidate must have at least
 * {@code minMonthsFirstTime} months of work left before retirement when joining the committee for
 * the first time, {@code minMonthsReElection} months when re-elected.
 */
final class AgeRule extends BaseRule implements CandidateRule {

  static final String MIN_FIRST_TIME = "minMonthsFirstTime";
  static final String MIN_RE_ELECTION = "minMonthsReElection";
  static final String AGE_MALE = "retirementAgeMale";
  static final String AGE_FEMALE = "retirementAgeFemale";
  static final String ROADMAP_MALE = "retirementRoadmapMale";
  static final String ROADMAP_FEMALE = "retirementRoadmapFemale";

  private static final String AGE = "years, or years and months: `60`, `60y3m`";
  private static final String ROADMAP =
      "`fromYear:startAge:stepMonths:maxAge`: whoever reaches retirement age in year Y ≥ fromYear"
          + " retires at min(maxAge, startAge + stepMonths × (Y − fromYear))";
  private static final String ROADMAP_UNIT = "year : age : months a year : age";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MIN_FIRST_TIME,
              "work left before retirement age, at the reference month, for a first-time candidate",
              ParameterSpec.INTEGER,
              "60",
              "months"),
          ParameterSpec.required(
              MIN_RE_ELECTION,
              "the same for a member of the sitting committee standing again",
              ParameterSpec.INTEGER,
              "48",
              "months"),
          ParameterSpec.required(
              AGE_MALE,
              "men's retirement age where the roadmap does not apply (reached before its first"
                  + " year, or no roadmap)",
              AGE,
              "60",
              "years, months"),
          ParameterSpec.required(AGE_FEMALE, "the same for women", AGE, "55", "years, months"),
          ParameterSpec.optional(
              ROADMAP_MALE,
              "men's retirement-age roadmap (Labour Code 2019, Decree 135/2020)",
              ROADMAP,
              "2021:60y3m:3:62y",
              ROADMAP_UNIT),
          ParameterSpec.optional(
              ROADMAP_FEMALE, "the same for women", ROADMAP, "2021:55y4m:4:60y", ROADMAP_UNIT));

  private final int minMonthsFirstTime;
  private final int minMonthsReElection;
  private final RetirementAge male;
  private final RetirementAge female;

  AgeRule(RuleDefinition definition) {
    super(definition);
    RuleParameters p = new RuleParameters(definition);
    minMonthsFirstTime = p.nonNegativeInt(MIN_FIRST_TIME);
    minMonthsReElection = p.nonNegativeInt(MIN_RE_ELECTION);
    male =
        new RetirementAge(
            p.required(AGE_MALE, RetirementAge::parseAge),
            p.optional(ROADMAP_MALE, RetirementAge.Roadmap::parse).orElse(null));
    female =
        new RetirementAge(
            p.required(AGE_FEMALE, RetirementAge::parseAge),
            p.optional(ROADMAP_FEMALE, RetirementAge.Roadmap::parse).orElse(null));
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    YearMonth birthMonth = candidate.birthDate().month();
    YearMonth retirement =
        (candidate.gender() == Gender.MALE ? male : female).retirementMonth(birthMonth);
    int monthsLeft = (int) referenceMonth.until(retirement, ChronoUnit.MONTHS);
    int minimum = candidate.reElection() ? minMonthsReElection : minMonthsFirstTime;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("monthsLeft", monthsLeft);
    figures.put("minimum", minimum);
    figures.put("retirementMonth", retirement.toString());
    figures.put(
        "retirementAge",
        RetirementAge.formatAge((int) birthMonth.until(retirement, ChronoUnit.MONTHS)));
    figures.put("reElection", candidate.reElection());
    return result(candidate.key(), monthsLeft >= minimum, List.of(monthsLeft, minimum), figures);
  }
}
