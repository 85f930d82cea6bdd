package vn.khaosat.cadre.service.cadres;

import static vn.khaosat.defaults.SuiteTime.ZONE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.khaosat.cadre.domain.cadres.BirthDate;
import vn.khaosat.problem.ApiProblem;

/** The checks of a cadre record beyond single fields: dates in a possible order. */
public final class CadreRules {

  private CadreRules() {}

  static BirthDate birthDate(CadreCommand request) {
    try {
      return BirthDate.parse(request.dateOfBirth());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("dateOfBirth", "cadre.badBirthDate", request.dateOfBirth());
    }
  }

  static void check(CadreCommand request) {
    LocalDate today = LocalDate.now(ZONE);
    BirthDate birth = birthDate(request);
    if (birth.date().isAfter(today)) {
      throw ApiProblem.invalidField("dateOfBirth", "cadre.birthInFuture", birth.toString());
    }
    // a record describes a cadre who can sit on a committee now or did recently
    YearMonth now = YearMonth.from(today);
    if (!birth.plausibleAt(now)) {
      throw ApiProblem.invalidField(
          "dateOfBirth",
          "cadre.implausibleAge",
          birth.toString(),
          birth.ageAt(now),
          now,
          BirthDate.MIN_AGE,
          BirthDate.MAX_AGE);
    }
    LocalDate admitted = request.partyAdmissionDate();
    if (admitted != null && !admitted.isAfter(birth.date())) {
      throw ApiProblem.invalidField("partyAdmissionDate", "cadre.admissionBeforeBirth");
    }
    LocalDate full = request.partyFullMembershipDate();
    if (full != null && (admitted == null || full.isBefore(admitted))) {
      throw ApiProblem.invalidField("partyFullMembershipDate", "cadre.fullMembershipOrder");
    }
    List<Integer> years = request.declarationYears();
    for (int i = 0; i < years.size(); i++) {
      if (years.get(i) > today.getYear()) {
        throw ApiProblem.invalidField(
            "assetDeclarationYears", "cadre.declarationInFuture", years.get(i));
      }
      // a year twice is a mistake to show, not one to merge silently
      if (years.subList(0, i).contains(years.get(i))) {
        throw ApiProblem.invalidField(
            "assetDeclarationYears[" + i + "]", "cadre.declarationTwice", years.get(i));
      }
    }
  }
}
