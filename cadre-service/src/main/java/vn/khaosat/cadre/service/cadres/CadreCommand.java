package vn.khaosat.cadre.service.cadres;

import java.time.LocalDate;
import java.util.List;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;

/** A cadre record to create or replace, as the service takes it; lists are never null. */
public record CadreCommand(
    String fullName,
    Gender gender,
    String dateOfBirth,
    String ethnicity,
    String religion,
    String unitCode,
    LocalDate partyAdmissionDate,
    LocalDate partyFullMembershipDate,
    String generalEducation,
    String professionalDegree,
    TheoryLevel theoryLevel,
    String stateManagementLevel,
    boolean inSuccessionPlan,
    List<PostHeld> posts,
    List<Integer> declarationYears) {

  /** A post held now, with the day it began. */
  public record PostHeld(String title, LocalDate startDate) {}
}
