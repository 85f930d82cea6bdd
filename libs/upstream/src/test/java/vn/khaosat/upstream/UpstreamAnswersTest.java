package vn.khaosat.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** An answer is read by its status, a failure to answer by the exception's type. */
class UpstreamAnswersTest {

  @Test
  void aStatusIsAbsentARefusalOrAFailure() {
    assertInstanceOf(UpstreamAbsent.class, UpstreamExceptionMapper.of("x-service", 404));
    for (int refused : new int[] {400, 401, 403, 409, 422}) {
      RuntimeException e = UpstreamExceptionMapper.of("x-service", refused);
      UpstreamRefusal refusal = assertInstanceOf(UpstreamRefusal.class, e);
      assertEquals(refused, refusal.status());
      assertEquals("x-service answered " + refused, refusal.getMessage());
      assertFalse(UpstreamFailure.class.isInstance(e));
    }
    for (int failed : new int[] {408, 429, 500, 502, 503, 504}) {
      UpstreamFailure failure =
          assertInstanceOf(UpstreamFailure.class, UpstreamExceptionMapper.of("x-service", failed));
      assertEquals("x-service", failure.service());
    }
  }

  @Test
  void onlyTheTokensRefusalBlamesTheCaller() {
    assertTrue(new UpstreamRefusal("x", 401).refusesTheCaller());
    assertTrue(new UpstreamRefusal("x", 403).refusesTheCaller());
    assertFalse(new UpstreamRefusal("x", 400).refusesTheCaller());
  }

  @Test
  void absentIsEmpty() {
    assertEquals(
        Optional.empty(),
        GuardedCalls.call(
            "x-service",
            () -> {
              throw new UpstreamAbsent("x-service");
            }));
  }

  @Test
  void aTimeoutIsRecognisedByItsTypeWhereverItSitsInTheCauses() {
    for (Throwable cause :
        new Throwable[] {
          new TimeoutException("no words about it"),
          new ConnectTimeoutException("connect"),
          new java.net.SocketTimeoutException("read")
        }) {
      assertThrows(
          UpstreamTimeout.class,
          () ->
              GuardedCalls.call(
                  "x-service",
                  () -> {
                    throw new ProcessingException(new RuntimeException(cause));
                  }));
    }
    UpstreamFailure refused =
        assertThrows(
            UpstreamFailure.class,
            () ->
                GuardedCalls.call(
                    "x-service",
                    () -> {
                      // a message that speaks of a timeout is not one
                      throw new ProcessingException("Timeout", new ConnectException("refused"));
                    }));
    assertFalse(refused instanceof UpstreamTimeout);
  }
}
