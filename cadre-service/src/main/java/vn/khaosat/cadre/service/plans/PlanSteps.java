package vn.khaosat.cadre.service.plans;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.domain.plans.PlanStatus;
import vn.khaosat.problem.ApiProblem;

/**
 * A plan's steps as {@link PlanStatus} allows them: a step the plan's status does not allow is a
 * 409 naming the statuses from which it is allowed.
 */
@ApplicationScoped
class PlanSteps {

  /** 409 unless the plan may move to {@code next}. */
  void requireMove(PersonnelPlan plan, PlanStatus next) {
    if (!plan.status.mayMoveTo(next)) {
      throw wrongStatus(plan, PlanStatus.movingTo(next));
    }
  }

  /** Moves the plan to {@code next}, once {@link #requireMove} allows it. */
  void move(PersonnelPlan plan, PlanStatus next) {
    requireMove(plan, next);
    plan.status = next;
  }

  /** 409 unless the slate may still change. */
  void requireEditable(PersonnelPlan plan) {
    if (!plan.status.editable()) {
      throw wrongStatus(
          plan,
          Arrays.stream(PlanStatus.values())
              .filter(PlanStatus::editable)
              .collect(Collectors.toSet()));
    }
  }

  private static ApiProblem wrongStatus(PersonnelPlan plan, Set<PlanStatus> allowed) {
    return ApiProblem.conflict(
        "plan.wrongStatus",
        plan.id,
        plan.status,
        allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
  }
}
