package vn.khaosat.testing.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialOrderTest {

  /** A counter that may be frozen: increments after the freeze are refused. */
  record Counter(int value, boolean frozen) {}

  private static final SerialOrder<Counter, Integer> ROUND =
      new SerialOrder<Counter, Integer>()
          .operation(
              "increment",
              c ->
                  c.frozen()
                      ? new SerialOrder.Step<>(409, c)
                      : new SerialOrder.Step<>(200, new Counter(c.value() + 1, false)))
          .operation("freeze", c -> new SerialOrder.Step<>(200, new Counter(c.value(), true)));

  @Test
  void findsTheOrderThatGivesTheAnswersAndTheEnd() {
    var start = new Counter(0, false);
    assertEquals(
        List.of("increment", "freeze"),
        ROUND.explain(start, List.of(200, 200), new Counter(1, true)));
    assertEquals(
        List.of("freeze", "increment"),
        ROUND.explain(start, List.of(409, 200), new Counter(0, true)));
  }

  @Test
  void refusesAnOutcomeNoOrderGives() {
    var start = new Counter(0, false);
    // accepted, yet lost: no serial order does that
    assertTrue(ROUND.orderGiving(start, List.of(200, 200), new Counter(0, true)).isEmpty());
    assertThrows(
        AssertionError.class, () -> ROUND.explain(start, List.of(409, 200), new Counter(1, true)));
  }

  @Test
  void tasksStartTogetherAndAnswerInOrder() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (Together together = new Together(4)) {
      List<Integer> copies =
          together.run(
              4,
              copy -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.sleep(50);
                inside.decrementAndGet();
                return copy;
              });
      assertEquals(List.of(0, 1, 2, 3), copies);
    }
    assertEquals(4, most.get(), "the four tasks ran at the same time");
  }
}
