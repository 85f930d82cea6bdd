package vn.khaosat.indicators.service.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.Flush;
import vn.khaosat.problem.ApiProblem;

/** Terms are few and shared by every unit: administrators and statisticians keep them. */
@ApplicationScoped
public class TermService {

  /** The most years a term spans (base year to last year); congress terms span five. */
  public static final int MAX_SPAN = 10;

  public Page<Term> list(PageParams page) {
    return Page.of(Term.<Term>findAll(io.quarkus.panache.common.Sort.by("code")), page, t -> t);
  }

  public Term get(String code) {
    Term term = Term.findById(code);
    if (term == null) {
      throw ApiProblem.notFound("term.notFound", code);
    }
    return term;
  }

  /** A term named in a request body: missing is a 400 on that field. */
  public Term requireField(String code, String field) {
    Term term = code == null ? null : Term.findById(code);
    if (term == null) {
      throw ApiProblem.invalidField(field, "term.unknown", code);
    }
    return term;
  }

  /** A term named in a query parameter: missing is a 400 on that parameter. */
  public Term requireParameter(String code, String name) {
    Term term = code == null ? null : Term.findById(code);
    if (term == null) {
      throw ApiProblem.invalidParameter("query", name, "term.unknown", code);
    }
    return term;
  }

  @Transactional
  public Term create(String code) {
    Term term = Term.fromCode(code);
    if (term.lastYear - term.baseYear < 1 || term.lastYear - term.baseYear > MAX_SPAN) {
      throw ApiProblem.invalidField("code", "term.badSpan", code);
    }
    if (Term.findById(code) != null) {
      throw ApiProblem.conflict("term.duplicate", code);
    }
    term.persist();
    Flush.orConflict("term.duplicate", code);
    return term;
  }

  @Transactional
  public void delete(String code) {
    Term term = get(code);
    if (Resolution.count("termCode", code) > 0) {
      throw ApiProblem.conflict("term.inUse", code);
    }
    term.delete();
  }
}
