package vn.khaosat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON half of the input policy, on a plain mapper with the suite's settings. */
class StrictJsonTest {

  enum Level {
    DISTRICT,
    COMMUNE
  }

  record Sample(
      String name,
      Integer count,
      Long id,
      BigDecimal value,
      Boolean active,
      LocalDate day,
      YearMonth month,
      OffsetDateTime at,
      Level level,
      List<String> codes,
      Map<String, String> parameters) {}

  record Primitive(int year) {}

  private final ObjectMapper mapper =
      StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

  private Sample read(String json) throws JsonProcessingException {
    return mapper.readValue(json, Sample.class);
  }

  @Test
  void wellFormedInputIsRead() throws Exception {
    Sample s =
        read(
            "{\"name\":\"Huyện Đắk Song 😀\",\"count\":12,\"id\":7,\"value\":8.25,"
                + "\"active\":true,\"day\":\"2019-11-28\",\"month\":\"2020-06\","
                + "\"at\":\"2019-11-28T08:00:00+07:00\",\"level\":\"DISTRICT\","
                + "\"codes\":[\"665\"],\"parameters\":{\"a\":\"b\"}}");
    assertEquals("Huyện Đắk Song 😀", s.name());
    assertEquals(new BigDecimal("8.25"), s.value());
    assertEquals(LocalDate.of(2019, 11, 28), s.day());
    assertEquals(YearMonth.of(2020, 6), s.month());
    assertEquals("2019-11-28T08:00+07:00", s.at().toString());
    assertEquals("1E+400", read("{\"value\":1e400}").value().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"count\":\"12\"}",
        "{\"count\":1.5}",
        "{\"count\":\"\"}",
        "{\"id\":12345678901234567890123}",
        "{\"count\":true}",
        "{\"name\":123}",
        "{\"name\":1.5}",
        "{\"name\":true}",
        "{\"value\":\"8.25\"}",
        "{\"value\":true}",
        "{\"active\":\"true\"}",
        "{\"active\":1}",
        "{\"level\":1}",
        "{\"level\":\"NOT_A_LEVEL\"}",
        "{\"codes\":\"665\"}",
        "{\"unknown\":1}",
        "{\"name\":\"a\",\"name\":\"b\"}",
        "{\"name\":\"a\"} {}",
        "[]",
        "\"text\""
      })
  void scalarsAreNeverCoercedAndTheShapeIsStrict(String json) {
    assertThrows(JsonProcessingException.class, () -> read(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"day\":20191128}",
        "{\"day\":\"+57275-01-01\"}",
        "{\"day\":\"2019-13-45\"}",
        "{\"day\":\"2019-02-30\"}",
        "{\"day\":\"0999-01-01\"}",
        "{\"day\":\"2019-11-28T00:00:00\"}",
        "{\"day\":\"\"}",
        "{\"month\":\"2020-6\"}",
        "{\"month\":202006}",
        "{\"at\":\"2019-11-28\"}",
        "{\"at\":\"2019-11-28T08:00:00\"}",
        "{\"at\":1574902800}"
      })
  void datesAreIsoTextWithAFourDigitYear(String json) {
    var e = assertThrows(JsonProcessingException.class, () -> read(json));
    if (!json.contains("\"\"")) {
      assertInstanceOf(BadDateException.class, e, json);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"dak\\u0000song\"}",
        "{\"name\":\"\\ud800\"}",
        "{\"name\":\"\\udc00x\"}",
        "{\"name\":\"a\\u0007b\"}",
        "{\"name\":\"\\uffff\"}",
        "{\"codes\":[\"6\\u00005\"]}",
        "{\"parameters\":{\"k\\u0000\":\"v\"}}",
        "{\"parameters\":{\"k\":\"\\ud83d\"}}"
      })
  void unsafeTextIsRefusedWhereverItIs(String json) {
    assertInstanceOf(
        UnsafeTextException.class, assertThrows(JsonProcessingException.class, () -> read(json)));
  }

  @Test
  void aPrimitiveIsNeverNullNorMissing() throws Exception {
    assertEquals(2019, mapper.readValue("{\"year\":2019}", Primitive.class).year());
    assertThrows(
        JsonProcessingException.class, () -> mapper.readValue("{\"year\":null}", Primitive.class));
    assertThrows(JsonProcessingException.class, () -> mapper.readValue("{}", Primitive.class));
  }

  @Test
  void tabsAndLineBreaksAreText() throws Exception {
    assertEquals("a\tb\nc\r", read("{\"name\":\"a\\tb\\nc\\r\"}").name());
  }

  @Test
  void documentsAndNumbersAreBounded() {
    String longNumber = "1".repeat(StrictJson.MAX_NUMBER_LENGTH + 1);
    assertThrows(JsonProcessingException.class, () -> read("{\"value\":" + longNumber + "}"));
    String big = "{\"name\":\"" + "a".repeat((int) StrictJson.MAX_DOCUMENT_BYTES) + "\"}";
    assertThrows(JsonProcessingException.class, () -> read(big));
  }
}
