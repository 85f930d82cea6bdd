package vn.khaosat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khaosat.problem.ApiProblem;

class RacesTest {

  private static RuntimeException wrapped(String state) {
    return new RuntimeException(
        new PersistenceException("at commit", new SQLException("refused", state)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "40001", "40P01"})
  void anotherWriterWinningIsALostRaceHoweverDeepItIs(String state) {
    assertTrue(Races.lost(wrapped(state)));
  }

  @Test
  void aStaleVersionIsALostRace() {
    assertTrue(Races.lost(new PersistenceException(new OptimisticLockException("stale"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"23503", "23514", "22001", "55P03"})
  void otherRefusalsAreNot(String state) {
    assertFalse(Races.lost(wrapped(state)));
  }

  @Test
  void aProblemTheApplicationRaisesIsNot() {
    assertFalse(Races.lost(ApiProblem.conflict("problem.concurrentUpdate")));
  }

  @Test
  void aLostAttemptRunsAgainUntilItSucceeds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String result =
        Races.retried(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw wrapped("23505");
              }
              return "stored";
            });
    assertEquals("stored", result);
    assertEquals(3, calls.get());
  }

  @Test
  void anyOtherFailureIsThrownAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    ApiProblem refused = ApiProblem.preconditionFailed("problem.staleVersion", "\"1\"", "\"2\"");
    var thrown =
        assertThrows(
            ApiProblem.class,
            () ->
                Races.retried(
                    () -> {
                      calls.incrementAndGet();
                      throw refused;
                    }));
    assertSame(refused, thrown);
    assertEquals(1, calls.get());
  }

  @Test
  void theAttemptsAreBoundedAndTheLastFailureIsThrown() {
    AtomicInteger calls = new AtomicInteger();
    var thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                Races.retried(
                    () -> {
                      calls.incrementAndGet();
                      throw wrapped("40P01");
                    }));
    assertEquals(Races.ATTEMPTS, calls.get());
    assertTrue(Races.lost(thrown));
  }
}
