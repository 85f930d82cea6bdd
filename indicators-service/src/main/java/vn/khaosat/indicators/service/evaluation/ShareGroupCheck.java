package vn.khaosat.indicators.service.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.rules.ConsistencyChecks;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.MeasureCalculator;
import vn.khaosat.indicators.domain.rules.MeasureInput;
import vn.khaosat.indicators.domain.rules.MeasureResult;
import vn.khaosat.indicators.domain.rules.Warning;

/**
 * The shares of one structure group (e.g. agriculture, industry and services in the economy) must
 * add up to 100 ± 0.1: checked for every group a scorecard's share targets belong to.
 */
@ApplicationScoped
class ShareGroupCheck {

  private final MeasureCalculator calculator = new MeasureCalculator();

  /** Every indicator in the structure groups of the scorecard's share targets. */
  List<Indicator> members(List<TargetContext> contexts) {
    List<String> groups =
        contexts.stream()
            .filter(c -> c.target().measure() == Measure.SHARE)
            .map(c -> c.indicator().structureGroup)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return groups.isEmpty()
        ? List.of()
        : Indicator.list("structureGroup in ?1 order by code", groups);
  }

  List<Warning> check(
      List<Indicator> members,
      String unit,
      int baseYear,
      int year,
      SeriesLoader.Figures figures,
      Locale locale) {
    Map<String, List<Indicator>> byGroup =
        members.stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.structureGroup, LinkedHashMap::new, Collectors.toList()));
    return byGroup.values().stream()
        .map(group -> checkGroup(group, unit, baseYear, year, figures, locale))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Warning> checkGroup(
      List<Indicator> group,
      String unit,
      int baseYear,
      int year,
      SeriesLoader.Figures figures,
      Locale locale) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (Indicator member : group) {
      MeasureResult share =
          calculator.compute(
              new MeasureInput(
                  Measure.SHARE,
                  year,
                  baseYear,
                  figures.series(member.code, unit),
                  figures.series(member.partOfCode, unit),
                  null),
              locale);
      if (share.value() != null) {
        shares.put(member.code, share.value());
      }
    }
    // with a share missing the sum says nothing
    return shares.size() == group.size() && shares.size() > 1
        ? ConsistencyChecks.sharesAddUp(shares, locale)
        : Optional.empty();
  }
}
