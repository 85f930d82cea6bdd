package vn.khaosat.survey.service;

import java.util.List;
import java.util.function.ToIntFunction;

/** Order within a session: the next position after the highest, under the session's row lock. */
final class Positions {

  private Positions() {}

  static <T> int next(List<T> items, ToIntFunction<T> position) {
    return items.stream().mapToInt(position).max().orElse(0) + 1;
  }
}
