package vn.khaosat.cadre.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaosat.security.CurrentUser;

/** One record per cadre an answer carries, however often the answer names it. */
class PersonalDataLogTest {

  private final List<PersonalDataRead> written = new ArrayList<>();
  private final AccessLogWriter writer =
      new AccessLogWriter(null, AccessLogWriter.Mode.SYNC, 1, 1, 0) {
        @Override
        public void write(List<PersonalDataRead> reads) {
          written.addAll(reads);
        }
      };
  private final PersonalDataLog log =
      new PersonalDataLog(
          new CurrentUser(
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal("thanh-tra-tinh"))
                  .build(),
              null),
          writer);

  @Test
  void aCadreNamedTwiceIsRecordedOnce() {
    log.handed("GET", "/api/personnel-plans/{id}/vetting", "r-1", List.of(7L, 9L, 7L));
    assertEquals(List.of(7L, 9L), written.stream().map(PersonalDataRead::cadreId).toList());
    PersonalDataRead first = written.get(0);
    assertEquals("thanh-tra-tinh", first.user());
    assertEquals("/api/personnel-plans/{id}/vetting", first.route());
    assertEquals("r-1", first.requestId());
  }

  @Test
  void aReadWithoutRequestIdIsStillRecordedReadably() {
    log.handed("GET", "/api/cadres/{id}", null, List.of(7L));
    assertEquals("-", written.get(0).requestId());
  }

  @Test
  void nothingNamedWritesNothing() {
    log.handed("GET", "/api/cadres/{id}", "r-2", List.of());
    assertTrue(written.isEmpty());
  }
}
