package vn.khaosat.cadre.service.rulesets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;

/** A new version of the vetting rules; {@code referenceMonths} is never null. */
public record RuleSetCommand(
    String code,
    String name,
    String description,
    LocalDate effectiveFrom,
    String supersedesCode,
    Map<CommitteeLevel, YearMonth> referenceMonths,
    List<RuleDefinition> rules) {}
