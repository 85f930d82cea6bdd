package vn.khaosat.indicators.domain.rules;

/** A plan term (nhiệm kỳ, kỳ kế hoạch): base year B and last year L, evaluated in B+1..L. */
public record TermSpan(int baseYear, int lastYear) {

  public TermSpan {
    if (lastYear <= baseYear) {
      throw new IllegalArgumentException(
          "Last year " + lastYear + " must be after the base year " + baseYear);
    }
  }

  /** Throws IllegalArgumentException unless B+1 ≤ year ≤ L. */
  public void requireEvaluationYear(int year) {
    if (year <= baseYear || year > lastYear) {
      throw new IllegalArgumentException(
          "Evaluation year "
              + year
              + " is outside the term "
              + (baseYear + 1)
              + "-"
              + lastYear
              + " (base year "
              + baseYear
              + ")");
    }
  }

  /** Evaluating in the last year already counts as the term being over. */
  public boolean isOver(int year) {
    return year >= lastYear;
  }

  /** m = L − t. */
  public int remainingYears(int year) {
    return lastYear - year;
  }

  /** L − B. */
  public int length() {
    return lastYear - baseYear;
  }
}
