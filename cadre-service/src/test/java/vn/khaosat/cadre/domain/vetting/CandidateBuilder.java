package vn.khaosat.cadre.domain.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import vn.khaosat.cadre.domain.cadres.BirthDate;
import vn.khaosat.cadre.domain.cadres.Gender;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** Test builder for {@link CandidateFacts}; defaults describe an unremarkable male member. */
final class CandidateBuilder {

  private final String key;
  private Gender gender = Gender.MALE;
  private BirthDate birthDate = BirthDate.parse("1975-01");
  private String ethnicity = "Kinh";
  private TheoryLevel theoryLevel = TheoryLevel.ADVANCED;
  private boolean inSuccessionPlan = true;
  private Set<Integer> assetYears = Set.of(2018, 2019);
  private List<Discipline> disciplines = new ArrayList<>();
  private CommitteeRole role = CommitteeRole.MEMBER;
  private boolean reElection;
  private int terms;

  private CandidateBuilder(String key) {
    this.key = key;
  }

  static CandidateBuilder candidate(String key) {
    return new CandidateBuilder(key);
  }

  /** {@code count} candidates c0..c(n-1), each shaped by {@code shape}. */
  static List<CandidateFacts> candidates(int count, IntFunction<CandidateBuilder> shape) {
    List<CandidateFacts> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(shape.apply(i).build());
    }
    return result;
  }

  CandidateBuilder female() {
    gender = Gender.FEMALE;
    return this;
  }

  CandidateBuilder gender(Gender value) {
    gender = value;
    return this;
  }

  CandidateBuilder born(String text) {
    birthDate = BirthDate.parse(text);
    return this;
  }

  CandidateBuilder ethnicity(String value) {
    ethnicity = value;
    return this;
  }

  CandidateBuilder theory(TheoryLevel value) {
    theoryLevel = value;
    return this;
  }

  CandidateBuilder inPlan(boolean value) {
    inSuccessionPlan = value;
    return this;
  }

  CandidateBuilder declared(Integer... years) {
    assetYears = Set.of(years);
    return this;
  }

  CandidateBuilder discipline(Discipline value) {
    disciplines.add(value);
    return this;
  }

  CandidateBuilder role(CommitteeRole value) {
    role = value;
    return this;
  }

  CandidateBuilder reElection(boolean value) {
    reElection = value;
    return this;
  }

  CandidateBuilder termsAsSecretary(int value) {
    terms = value;
    return this;
  }

  CandidateFacts build() {
    return new CandidateFacts(
        key,
        "Người " + key,
        gender,
        birthDate,
        ethnicity,
        theoryLevel,
        inSuccessionPlan,
        assetYears,
        disciplines,
        role,
        reElection,
        terms);
  }
}
