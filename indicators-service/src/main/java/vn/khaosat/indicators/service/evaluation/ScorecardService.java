package vn.khaosat.indicators.service.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.rules.StatusCounts;
import vn.khaosat.indicators.domain.rules.TargetEvaluation;
import vn.khaosat.indicators.service.resolutions.TermService;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.persistence.Transactions;

/**
 * The scorecard of a unit for a term and year: every target of its resolutions evaluated, the
 * counts per status ("13/26 vượt, 10/26 đạt, 3/26 không đạt") and the warnings. A fixed number of
 * queries whatever the number of targets.
 */
@ApplicationScoped
public class ScorecardService {

  private final UnitDirectory units;
  private final TermService terms;
  private final SeriesLoader loader;
  private final EvaluationService evaluations;
  private final ShareGroupCheck shareGroups;

  public ScorecardService(
      UnitDirectory units,
      TermService terms,
      SeriesLoader loader,
      EvaluationService evaluations,
      ShareGroupCheck shareGroups) {
    this.units = units;
    this.terms = terms;
    this.loader = loader;
    this.evaluations = evaluations;
    this.shareGroups = shareGroups;
  }

  /**
   * In one transaction, from one snapshot: the scorecard's queries never mix the states before and
   * after another commit, and share one connection.
   */
  @Transactional
  public Scorecard scorecard(String unitCode, String termCode, Integer year, Locale locale) {
    Transactions.readOneSnapshot();
    return scorecard(
        units.requireParameter(unitCode, "unit"),
        terms.requireParameter(termCode, "term"),
        year,
        locale);
  }

  /**
   * The scorecard of a unit and term the caller found, in the caller's transaction, which began
   * with {@link Transactions#readOneSnapshot} so that all its queries read one snapshot.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Scorecard scorecard(Unit unit, Term term, Integer year, Locale locale) {
    int evaluated = evaluations.checkYear(term, year);
    List<TargetContext> contexts = contexts(unit, term);
    Set<String> indicatorCodes = new HashSet<>(TargetContext.indicatorsOf(contexts));
    List<Indicator> groupMembers = shareGroups.members(contexts);
    groupMembers.forEach(i -> indicatorCodes.add(i.code));
    groupMembers.stream()
        .filter(i -> i.partOfCode != null)
        .forEach(i -> indicatorCodes.add(i.partOfCode));
    SeriesLoader.Figures figures =
        loader.load(indicatorCodes, TargetContext.unitsOf(contexts), term.baseYear, evaluated);

    List<Evaluated> rows = new ArrayList<>();
    List<Scorecard.Flag> warnings = new ArrayList<>();
    for (TargetContext context : contexts) {
      TargetEvaluation e = evaluations.evaluate(context, evaluated, figures, null, locale);
      rows.add(new Evaluated(context, evaluated, e));
      e.warnings().forEach(w -> warnings.add(new Scorecard.Flag(context.target().id(), w)));
    }
    shareGroups
        .check(groupMembers, unit.code, term.baseYear, evaluated, figures, locale)
        .forEach(w -> warnings.add(new Scorecard.Flag(null, w)));
    StatusCounts counts = StatusCounts.of(rows.stream().map(r -> r.evaluation().status()).toList());
    return new Scorecard(unit, term, evaluated, rows, counts, warnings);
  }

  /**
   * The resolutions of a unit (?1) and term (?2), as a subquery rather than a list of parameters: a
   * query of one shape is translated once by Hibernate and planned once by PostgreSQL, where a list
   * of 200 codes was translated again on every scorecard.
   */
  private static final String RESOLUTIONS =
      "(select r.id from Resolution r where r.unitCode = ?1 and r.termCode = ?2)";

  private static List<TargetContext> contexts(Unit unit, Term term) {
    Map<Long, Resolution> resolutions =
        Resolution.<Resolution>list("unitCode = ?1 and termCode = ?2", unit.code, term.code)
            .stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    if (resolutions.isEmpty()) {
      return List.of();
    }
    List<TargetFacts> targets =
        Target.find("resolutionId in " + RESOLUTIONS + " order by id", unit.code, term.code)
            .project(TargetFacts.class)
            .list();
    Map<String, Indicator> indicators =
        Indicator.<Indicator>list(
                "code in (select t.indicatorCode from Target t where t.resolutionId in "
                    + RESOLUTIONS
                    + ")",
                unit.code,
                term.code)
            .stream()
            .collect(Collectors.toMap(i -> i.code, Function.identity()));
    return targets.stream()
        .map(
            t ->
                new TargetContext(
                    t, resolutions.get(t.resolutionId()), term, indicators.get(t.indicatorCode())))
        .toList();
  }
}
