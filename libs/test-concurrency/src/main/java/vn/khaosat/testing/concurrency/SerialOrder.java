package vn.khaosat.testing.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that what concurrent operations did is what some serial order of them would have done: a
 * model of the state and of each operation, run in every order from the initial state, must give
 * the answer each operation got and the state found at the end (the definition of a serializable
 * outcome). Meant for the few operations of one round (n! orders).
 *
 * @param <S> the model of the state (a record, compared with {@code equals})
 * @param <A> what an operation answered (e.g. its HTTP status, or a summary)
 */
public final class SerialOrder<S, A> {

  /** What an operation answers in a state, and the state it leaves. */
  public record Step<S, A>(A answer, S state) {}

  private final List<String> names = new ArrayList<>();
  private final List<Function<S, Step<S, A>>> operations = new ArrayList<>();

  /** Adds an operation of the round, in the order its answer is given to {@link #explain}. */
  public SerialOrder<S, A> operation(String name, Function<S, Step<S, A>> model) {
    names.add(name);
    operations.add(model);
    return this;
  }

  /** A serial order (names of the operations) giving {@code answers} and {@code end}, if any. */
  public Optional<List<String>> orderGiving(S initial, List<A> answers, S end) {
    if (answers.size() != operations.size()) {
      throw new IllegalArgumentException(answers.size() + " answers for " + names);
    }
    return search(initial, answers, end, new ArrayList<>(), new boolean[operations.size()]);
  }

  /** Throws an AssertionError naming the answers and the end state when no serial order fits. */
  public List<String> explain(S initial, List<A> answers, S end) {
    return orderGiving(initial, answers, end)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no serial order of "
                        + names
                        + " answers "
                        + answers
                        + " and ends in "
                        + end
                        + " (from "
                        + initial
                        + ")"));
  }

  private Optional<List<String>> search(
      S state, List<A> answers, S end, List<Integer> order, boolean[] done) {
    if (order.size() == operations.size()) {
      return Objects.equals(state, end)
          ? Optional.of(order.stream().map(names::get).collect(Collectors.toList()))
          : Optional.empty();
    }
    for (int i = 0; i < operations.size(); i++) {
      if (done[i]) {
        continue;
      }
      Step<S, A> step = operations.get(i).apply(state);
      if (!Objects.equals(step.answer(), answers.get(i))) {
        continue;
      }
      done[i] = true;
      order.add(i);
      Optional<List<String>> found = search(step.state(), answers, end, order, done);
      order.remove(order.size() - 1);
      done[i] = false;
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
