package vn.khaosat.cadre.domain.vetting;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.khaosat.cadre.domain.cadres.BirthDate;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/**
 * What the rules need to know about one person in the personnel plan (phương án nhân sự).
 *
 * @param theoryLevel null when the person has no political theory training
 * @param consecutiveTermsAsSecretary terms in a row as secretary of this same committee, ending
 *     with the sitting term (0 when not the sitting secretary)
 */
public record CandidateFacts(
    String key,
    String fullName,
    Gender gender,
    BirthDate birthDate,
    String ethnicity,
    TheoryLevel theoryLevel,
    boolean inSuccessionPlan,
    Set<Integer> assetDeclarationYears,
    List<Discipline> disciplines,
    CommitteeRole proposedRole,
    boolean reElection,
    int consecutiveTermsAsSecretary) {

  public CandidateFacts {
    // The rules cannot give a meaningful answer without these, so refuse them up front.
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(proposedRole, "proposedRole");
    assetDeclarationYears =
        assetDeclarationYears == null ? Set.of() : Set.copyOf(assetDeclarationYears);
    disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
    if (consecutiveTermsAsSecretary < 0) {
      throw new IllegalArgumentException("consecutiveTermsAsSecretary must not be negative");
    }
  }
}
