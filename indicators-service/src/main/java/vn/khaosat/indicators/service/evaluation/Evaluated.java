package vn.khaosat.indicators.service.evaluation;

import vn.khaosat.indicators.domain.rules.TargetEvaluation;

/** One target evaluated in one year, with the target, resolution, term and indicator it read. */
public record Evaluated(TargetContext context, int year, TargetEvaluation evaluation) {}
