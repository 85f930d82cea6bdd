package vn.khaosat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseProblemMapperTest {

  @ParameterizedTest
  @CsvSource({
    "23505, duplicate",
    "23503, reference",
    "23514, constraint",
    "40001, retry",
    "40P01, retry",
    "55P03, retry"
  })
  void anIntegrityOrConcurrencyRefusalIsA409HoweverDeepItIs(String state, String kind) {
    var sql = new SQLException("ERROR: … violates constraint \"observation_key\"", state);
    var wrapped = new RuntimeException(new PersistenceException("at commit", sql));
    var problem = DatabaseProblemMapper.problemFor(wrapped).orElseThrow();
    assertEquals(409, problem.getStatusCode());
    assertTrue(problem.getType().toString().endsWith("conflict"));
    if (!kind.equals("retry")) {
      assertTrue(problem.getDetail().contains("observation_key"), problem.getDetail());
    }
  }

  @Test
  void aLostOptimisticRaceIsA409() {
    assertEquals(
        409,
        DatabaseProblemMapper.problemFor(new OptimisticLockException("stale"))
            .orElseThrow()
            .getStatusCode());
  }

  @Test
  void aValueTheDatabaseCannotHoldIsLeftToTheInputPolicy() {
    // 22001 (too long), 22003 (numeric overflow): a 500, so that the fuzz test finds the field
    assertTrue(DatabaseProblemMapper.problemFor(new SQLException("too long", "22001")).isEmpty());
    assertTrue(DatabaseProblemMapper.problemFor(new IllegalStateException("other")).isEmpty());
  }
}
