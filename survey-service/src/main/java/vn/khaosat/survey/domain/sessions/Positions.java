package vn.khaosat.survey.domain.sessions;

import java.util.List;
import java.util.function.ToIntFunction;
import vn.khaosat.problem.ApiProblem;

/** Order within a session: the next position after the highest, under the session's row lock. */
public final class Positions {

  private Positions() {}

  /**
   * The next position in {@code list} (the session's field name, e.g. "statements"), or a 409 once
   * the session holds {@code max} of them: the documented bound of every list a session answers.
   */
  public static <T> int next(
      long sessionId, String list, List<T> items, int max, ToIntFunction<T> position) {
    if (items.size() >= max) {
      throw ApiProblem.conflict("session.full", sessionId, max, list);
    }
    return items.stream().mapToInt(position).max().orElse(0) + 1;
  }
}
