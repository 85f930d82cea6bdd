package vn.khaosat.indicators.service.units;

import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.problem.ApiProblem;

/** The structural rules of a unit: its parent, its dates, its successors and predecessors. */
final class UnitRules {

  private UnitRules() {}

  static void check(String code, UnitCommand request, UnitDirectory directory) {
    if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
      throw ApiProblem.invalidField("validTo", "unit.validToBeforeFrom");
    }
    if (request.parentCode() != null) {
      checkParent(code, request, directory.requireField(request.parentCode(), "parentCode"));
    }
    if (!request.successors().isEmpty() && request.validTo() == null) {
      throw ApiProblem.invalidField("successorCodes", "unit.successorsNeedClosure");
    }
    if (request.successors().stream().distinct().count() != request.successors().size()) {
      throw ApiProblem.invalidField("successorCodes", "unit.successorTwice");
    }
    for (String successor : request.successors()) {
      if (successor.equals(code)) {
        throw ApiProblem.invalidField("successorCodes", "unit.selfSuccessor");
      }
      directory.requireField(successor, "successorCodes");
      // so that GET /api/units/{code}/predecessors stays within its documented length
      long namers = directory.namedAsSuccessorBy(successor, code);
      if (namers >= ColumnLimits.SUCCESSION_CODES) {
        throw ApiProblem.invalidField(
            "successorCodes", "unit.tooManyPredecessors", successor, namers);
      }
    }
    checkPredecessors(code, request, directory);
  }

  private static void checkPredecessors(String code, UnitCommand request, UnitDirectory directory) {
    if (request.predecessors().stream().distinct().count() != request.predecessors().size()) {
      throw ApiProblem.invalidField("predecessorCodes", "unit.predecessorTwice");
    }
    for (String predecessor : request.predecessors()) {
      if (predecessor.equals(code) || request.successors().contains(predecessor)) {
        throw ApiProblem.invalidField("predecessorCodes", "unit.selfPredecessor", predecessor);
      }
      Unit unit = directory.requireField(predecessor, "predecessorCodes");
      // a unit takes over from one that existed before it
      if (!unit.validFrom.isBefore(request.validFrom())) {
        throw ApiProblem.invalidField(
            "predecessorCodes",
            "unit.predecessorNotEarlier",
            predecessor,
            unit.validFrom.toString(),
            request.validFrom().toString());
      }
    }
  }

  private static void checkParent(String code, UnitCommand request, Unit parent) {
    if (parent.code.equals(code)) {
      throw ApiProblem.invalidField("parentCode", "unit.selfParent");
    }
    if (!request.level().mayHaveParent(parent.level)) {
      throw ApiProblem.invalidField(
          "parentCode", "unit.parentLevel", request.level(), parent.code, parent.level);
    }
    if (!parent.activeOn(request.validFrom())) {
      throw ApiProblem.invalidField(
          "parentCode", "unit.parentInactive", parent.code, request.validFrom().toString());
    }
  }
}
