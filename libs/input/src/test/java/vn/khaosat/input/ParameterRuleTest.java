package vn.khaosat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each kind of query or path parameter accepts, read from a method's signature. */
class ParameterRuleTest {

  enum Status {
    OPEN,
    DONE
  }

  @SuppressWarnings("unused")
  void sample(
      @jakarta.ws.rs.QueryParam("dryRun") Boolean dryRun,
      @jakarta.ws.rs.QueryParam("year") int year,
      @jakarta.ws.rs.QueryParam("id") Long id,
      @jakarta.ws.rs.QueryParam("day") LocalDate day,
      @jakarta.ws.rs.QueryParam("status") Status status,
      @jakarta.ws.rs.QueryParam("q") @Size(max = 5) String q,
      @jakarta.ws.rs.QueryParam("codes") List<String> codes,
      @jakarta.ws.rs.PathParam("code") String code) {}

  private static ParameterRule rule(String name) throws Exception {
    Method method =
        ParameterRuleTest.class.getDeclaredMethod(
            "sample",
            Boolean.class,
            int.class,
            Long.class,
            LocalDate.class,
            Status.class,
            String.class,
            List.class,
            String.class);
    var declared = MethodParameters.of(method);
    return declared.query().containsKey(name)
        ? declared.query().get(name)
        : declared.path().get(name);
  }

  @ParameterizedTest
  @CsvSource({
    "dryRun, true", "dryRun, false", "year, 2019", "year, -5", "id, 9223372036854775807",
    "day, 2019-11-28", "status, DONE", "q, dak s", "codes, 665", "code, 665"
  })
  void acceptsWhatItsTypeMeans(String name, String value) throws Exception {
    assertTrue(rule(name).check(value).isEmpty(), name + "=" + value);
  }

  @ParameterizedTest
  @CsvSource({
    "dryRun, abc, input.param.boolean", "dryRun, TRUE, input.param.boolean",
    "dryRun, '', input.param.boolean", "year, 1.5, input.param.integer",
    "year, 2147483648, input.param.integer", "year, +1, input.param.integer",
    "id, 9223372036854775808, input.param.integer", "day, 2019-13-45, input.param.date",
    "day, 20191128, input.param.date", "day, +99999-01-01, input.param.date",
    "status, done, input.param.enum", "q, dak so, input.param.tooLong"
  })
  void refusesEverythingElseNamingWhy(String name, String value, String key) throws Exception {
    var violation = rule(name).check(value).orElseThrow();
    assertEquals(key, violation.key());
    assertEquals(name, violation.field());
    assertEquals(name.equals("code") ? "path" : "query", violation.in());
  }

  @ParameterizedTest
  @CsvSource({"q", "code", "codes"})
  void textIsSafeTextWhateverTheParameter(String name) throws Exception {
    assertEquals("input.unsafeText.nul", rule(name).check("a\u0000").orElseThrow().key());
    String longest = "a".repeat(name.equals("q") ? 5 : ParameterRule.DEFAULT_MAX_TEXT);
    assertTrue(rule(name).check(longest).isEmpty());
    assertEquals("input.param.tooLong", rule(name).check(longest + "a").orElseThrow().key());
  }
}
