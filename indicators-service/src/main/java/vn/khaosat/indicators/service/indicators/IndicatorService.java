package vn.khaosat.indicators.service.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.rules.Direction;
import vn.khaosat.indicators.service.LockedRows;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.paging.SearchText;
import vn.khaosat.persistence.Flush;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;

/**
 * Indicators are shared by every unit, so only administrators and statisticians change them; the
 * unit scope does not apply.
 */
@ApplicationScoped
public class IndicatorService {

  private final LockedRows rows;

  public IndicatorService(LockedRows rows) {
    this.rows = rows;
  }

  public Page<Indicator> list(String q, String group, Direction direction, PageParams page) {
    Filters filters =
        new Filters()
            .add(
                "(nameSearch like :q escape '\\' or code = :code)",
                "q",
                q == null || q.isBlank() ? null : SearchText.containsPattern(q),
                "code",
                q == null ? null : q.strip())
            .add("structureGroup = :group", "group", group)
            .add("direction = :direction", "direction", direction);
    return Page.of(
        Indicator.<Indicator>find(filters.query(), Filters.by("code"), filters.parameters()),
        page,
        i -> i);
  }

  public Indicator get(String code) {
    Indicator indicator = Indicator.findById(code);
    if (indicator == null) {
      throw ApiProblem.notFound("indicator.notFound", code);
    }
    return indicator;
  }

  @Transactional
  public Indicator create(IndicatorCommand request) {
    if (request.code() == null) {
      throw ApiProblem.invalidField("code", "validation.required");
    }
    if (Indicator.findById(request.code()) != null) {
      throw ApiProblem.conflict("indicator.duplicate", request.code());
    }
    Indicator indicator = new Indicator();
    indicator.code = request.code();
    apply(indicator, request);
    indicator.persist();
    Flush.orConflict("indicator.duplicate", request.code());
    return indicator;
  }

  /** Replaces the indicator, read locked so that concurrent replaces queue: the last one wins. */
  @Transactional
  @RetryOnRace
  public Indicator update(String code, IndicatorCommand request, String ifMatch) {
    Indicator indicator =
        rows.forChange(Indicator.class, code, "indicator.notFound", ifMatch, i -> i.version);
    if (request.code() != null && !request.code().equals(code)) {
      throw ApiProblem.invalidField("code", "indicator.codeImmutable", code);
    }
    apply(indicator, request);
    return indicator;
  }

  @Transactional
  public void delete(String code, String ifMatch) {
    Indicator indicator =
        rows.forChange(Indicator.class, code, "indicator.notFound", ifMatch, i -> i.version);
    if (Observation.count("indicatorCode", code) > 0
        || Target.count("indicatorCode", code) > 0
        || Indicator.count("partOfCode", code) > 0) {
      throw ApiProblem.conflict("indicator.inUse", code);
    }
    indicator.delete();
  }

  private static void apply(Indicator indicator, IndicatorCommand request) {
    if (request.partOfCode() != null) {
      if (request.partOfCode().equals(indicator.code)) {
        throw ApiProblem.invalidField("partOfCode", "indicator.selfTotal");
      }
      if (Indicator.findById(request.partOfCode()) == null) {
        throw ApiProblem.invalidField("partOfCode", "indicator.unknown", request.partOfCode());
      }
    }
    indicator.name = request.name().strip();
    indicator.unitOfMeasure = request.unitOfMeasure().strip();
    indicator.direction = request.direction();
    indicator.priceBasis = request.priceBasis();
    indicator.decimals = request.decimals().shortValue();
    indicator.structureGroup = blankToNull(request.structureGroup());
    indicator.partOfCode = request.partOfCode();
    indicator.requiresPovertyStandard = Boolean.TRUE.equals(request.requiresPovertyStandard());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
