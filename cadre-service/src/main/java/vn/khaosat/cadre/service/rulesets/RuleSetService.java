package vn.khaosat.cadre.service.rulesets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khaosat.cadre.domain.rulesets.RuleSet;
import vn.khaosat.cadre.domain.vetting.InvalidRuleException;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;
import vn.khaosat.cadre.domain.vetting.Rules;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.Flush;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;

/**
 * Rule sets as data: read by everyone, added by admins (the resource allows only them), never
 * changed once stored.
 */
@ApplicationScoped
public class RuleSetService {

  private final CurrentUser user;

  public RuleSetService(CurrentUser user) {
    this.user = user;
  }

  public Page<RuleSet> list(PageParams page) {
    return Page.of(RuleSet.<RuleSet>findAll(Filters.by("code")), page, s -> s);
  }

  public RuleSet get(String code) {
    RuleSet set = RuleSet.findById(code);
    if (set == null) {
      throw ApiProblem.notFound("ruleSet.notFound", code);
    }
    return set;
  }

  @Transactional
  public RuleSet create(RuleSetCommand request) {
    List<RuleDefinition> rules = request.rules();
    validate(rules);
    if (request.supersedesCode() != null && RuleSet.findById(request.supersedesCode()) == null) {
      throw ApiProblem.invalidField("supersedesCode", "ruleSet.unknown", request.supersedesCode());
    }
    if (RuleSet.findById(request.code()) != null) {
      throw ApiProblem.conflict("ruleSet.duplicate", request.code());
    }
    RuleSet set = new RuleSet();
    set.code = request.code();
    set.name = request.name().strip();
    set.description = request.description();
    set.effectiveFrom = request.effectiveFrom();
    set.supersedesCode = request.supersedesCode();
    set.replaceReferenceMonths(request.referenceMonths());
    set.rules.addAll(rules);
    set.createdBy = user.name();
    set.persist();
    Flush.orConflict("ruleSet.duplicate", request.code());
    return set;
  }

  private static void validate(List<RuleDefinition> rules) {
    try {
      Rules.validate(rules);
    } catch (InvalidRuleException e) {
      int index = indexOf(rules, e.ruleCode());
      String field =
          "rules[" + index + "]" + (e.parameter() == null ? "" : ".parameters." + e.parameter());
      throw ApiProblem.invalidField(field, e.messageKey(), e.arguments().toArray());
    }
  }

  private static int indexOf(List<RuleDefinition> rules, String code) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).code().equals(code)) {
        return i;
      }
    }
    return 0;
  }
}
