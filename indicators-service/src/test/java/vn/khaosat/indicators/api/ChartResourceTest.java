package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The charts of Đắk Song (665) in 2015-2020, read back as XML: every point, target line, bar, label
 * and colour is checked against what the evaluation, scorecard and observation endpoints answer for
 * the same figures.
 */
@QuarkusTest
class ChartResourceTest {

  private static final String TERM = "2015-2020";
  private static final String SVG = "image/svg+xml";

  /** The status colours of the charts' legend: greens, orange, red, grey. */
  private static final Map<String, String> COLOURS =
      Map.of(
          "EXCEEDED", "#1b7837",
          "MET", "#4d9221",
          "NOT_YET_MET", "#b35806",
          "NOT_MET", "#b2182b",
          "NO_DATA", "#6b6b6b");

  /** Budget revenue of Đắk Song, 100 in 2015 to 137.3 in 2019, no figure yet for 2020. */
  private static String budget(String unit) {
    String budget = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Map<Integer, String> figures = Map.of(2015, "100", 2016, "110", 2017, "118", 2018, "128");
    figures.forEach((year, value) -> Api.figure(budget, unit, year, "OFFICIAL", value));
    Api.figure(budget, unit, 2019, "OFFICIAL", "1137.3");
    return budget;
  }

  private static Response chart(String path, String language) {
    var request = Api.viewer().accept(SVG);
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return request.get(path);
  }

  @Test
  void theGrowthSeriesIsEachYearsEvaluationWithTheTargetLineAndTheLatestStatus() {
    String budget = budget("665");
    long target = Api.target(Api.resolution("665", TERM), budget, "AVERAGE_GROWTH", "AT_LEAST", 8);
    Response answer =
        chart("/api/charts/indicator-series?indicator=" + budget + "&unit=665&term=" + TERM, null);
    answer.then().statusCode(200).contentType(startsWith(SVG));
    SvgImage svg = SvgImage.parse(answer.asString());

    Map<Integer, JsonPath> evaluations = new LinkedHashMap<>();
    for (int year = 2016; year <= 2020; year++) {
      evaluations.put(
          year,
          Api.viewer()
              .get("/api/targets/{id}/evaluation?year={y}", target, year)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath());
    }
    List<Element> points = svg.all("circle", "point");
    List<Integer> withFigures =
        evaluations.entrySet().stream()
            .filter(e -> e.getValue().get("actual") != null)
            .map(Map.Entry::getKey)
            .toList();
    assertEquals(withFigures, points.stream().map(p -> intAttr(p, "data-year")).toList());
    for (Element point : points) {
      JsonPath evaluation = evaluations.get(intAttr(point, "data-year"));
      assertEquals(
          new BigDecimal(evaluation.getString("actual")).doubleValue(),
          SvgImage.number(point, "data-value"),
          1e-9);
    }
    assertPointsOnTheirTicks(svg, points);

    Element latest = svg.one("circle", "latest");
    JsonPath of2019 = evaluations.get(2019);
    assertEquals("2019", latest.getAttribute("data-year"));
    assertEquals(of2019.getString("status"), latest.getAttribute("data-status"));
    assertEquals(COLOURS.get(of2019.getString("status")), latest.getAttribute("fill"));
    assertEquals(
        COLOURS.get(of2019.getString("status")), svg.one("text", "status").getAttribute("fill"));
    assertTrue(svg.text("text", "status").contains(of2019.getString("statusLabel")));
    assertTrue(svg.text("text", "status").startsWith("Năm 2019: "));

    Element line = svg.one("line", "target-line");
    assertEquals(of2019.getDouble("target"), SvgImage.number(line, "data-value"), 1e-9);
    assertEquals("Mục tiêu: 8,00 %", svg.text("text", "target-label"));
    String actual = new BigDecimal(of2019.getString("actual")).toPlainString();
    assertTrue(
        svg.texts("text", "value").contains(actual.replace('.', ',')),
        "the 2019 figure in Vietnamese: " + svg.texts("text", "value"));
    assertAccessible(svg, "Huyện Đắk Song, nhiệm kỳ 2015-2020");
  }

  @Test
  void aLevelSeriesShowsTheObservationsAsStoredAndEnglishOnRequest() {
    String budget = budget("665");
    Api.target(Api.resolution("665", TERM), budget, "LEVEL", "AT_LEAST", 1000);
    String svgText =
        chart("/api/charts/indicator-series?indicator=" + budget + "&unit=665&term=" + TERM, "en")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    SvgImage svg = SvgImage.parse(svgText);
    List<Map<String, Object>> observations =
        exact(
                Api.viewer()
                    .get("/api/observations?indicator={i}&unit=665&fromYear=2016&size=100", budget))
            .getList("items");
    Map<Integer, BigDecimal> stored = new LinkedHashMap<>();
    observations.forEach(
        o -> stored.put(((Number) o.get("year")).intValue(), plain(o.get("value"))));
    Map<Integer, BigDecimal> drawn = new LinkedHashMap<>();
    svg.all("circle", "point")
        .forEach(p -> drawn.put(intAttr(p, "data-year"), plain(p.getAttribute("data-value"))));
    assertEquals(stored, drawn);
    assertTrue(
        svg.texts("text", "value").contains("1,137.3"), svg.texts("text", "value").toString());
    assertEquals("Target: 1,000.0 tỷ đồng", svg.text("text", "target-label"));
    assertEquals("Year 2019: 1,137.3 tỷ đồng – Exceeded", svg.text("text", "status"));
    assertAccessible(svg, "Huyện Đắk Song, term 2015-2020");
  }

  @Test
  void theScorecardChartHasOneBarPerTargetInItsStatusColour() {
    String budget = budget("665");
    long resolution = Api.resolution("665", TERM);
    Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 8);
    Api.target(resolution, budget, "LEVEL", "AT_LEAST", 2000);
    JsonPath card = exact(Api.viewer().get("/api/scorecards?unit=665&term=2015-2020&year=2019"));
    SvgImage svg =
        SvgImage.parse(
            chart("/api/charts/scorecard?unit=665&term=2015-2020&year=2019", null).asString());
    List<Map<String, Object>> targets = card.getList("targets");
    List<Element> values = svg.all("text", "bar-value");
    assertEquals(card.getInt("totalTargets"), values.size());
    Map<String, Element> bars = new LinkedHashMap<>();
    svg.all("rect", "bar").forEach(b -> bars.put(b.getAttribute("data-target"), b));
    double pixelsPerPercent = Double.NaN;
    for (int i = 0; i < targets.size(); i++) {
      Map<String, Object> t = targets.get(i);
      String id = String.valueOf(t.get("targetId"));
      Element value = values.get(i);
      assertEquals(id, value.getAttribute("data-target"));
      assertEquals(t.get("status"), value.getAttribute("data-status"));
      assertEquals(COLOURS.get((String) t.get("status")), value.getAttribute("fill"));
      assertTrue(value.getTextContent().endsWith((String) t.get("statusLabel")));
      Object ratio = t.get("achievementRatio");
      assertEquals(ratio != null, bars.containsKey(id), "a bar only where there is a ratio");
      if (ratio != null) {
        Element bar = bars.get(id);
        assertEquals(plain(ratio), plain(bar.getAttribute("data-ratio")));
        double r = ((Number) ratio).doubleValue();
        assertEquals(COLOURS.get((String) t.get("status")), bar.getAttribute("fill"));
        double scale = SvgImage.number(bar, "width") / Math.abs(r);
        if (!Double.isNaN(pixelsPerPercent)) {
          assertEquals(pixelsPerPercent, scale, 0.05, "every bar on one scale");
        }
        pixelsPerPercent = scale;
      }
    }
    assertFalse(bars.isEmpty());
    assertTrue(
        svg.text("text", "chart-title").contains("Huyện Đắk Song, nhiệm kỳ 2015-2020, năm 2019"));
    assertTrue(svg.text("desc", null).contains(card.getString("summary")));
    assertAccessible(svg, "Huyện Đắk Song");
  }

  @Test
  void aUnitsNameIsTextNeverMarkup() {
    String province = Api.unique("CP");
    Api.createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    String unit = Api.unique("CD");
    String name = "Huyện <script>alert(1)</script> & \"Đắk\" 'Song'";
    Api.createUnit(unit, name, "DISTRICT", province);
    String budget = budget(unit);
    Api.target(Api.resolution(unit, TERM), budget, "LEVEL", "AT_LEAST", 1000);
    String text =
        chart(
                "/api/charts/indicator-series?indicator="
                    + budget
                    + "&unit="
                    + unit
                    + "&term="
                    + TERM,
                null)
            .asString();
    SvgImage svg = SvgImage.parse(text);
    assertTrue(svg.text("title", null).contains(name));
    assertTrue(svg.all("script", null).isEmpty());
    assertFalse(text.contains("<script"));
  }

  @Test
  void unknownCodesAreNotFoundProblemsAndBadParametersBadRequests() {
    String budget = budget("665");
    String series = "/api/charts/indicator-series?indicator=%s&unit=%s&term=%s";
    for (String path :
        List.of(
            series.formatted("NO_SUCH_INDICATOR", "665", TERM),
            series.formatted(budget, "99999", TERM),
            series.formatted(budget, "665", "1990-1995"),
            series.formatted(budget, "665", "2025-2030"),
            "/api/charts/scorecard?unit=99999&term=2015-2020&year=2019",
            "/api/charts/scorecard?unit=665&term=1990-1995&year=2019")) {
      chart(path, null)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("status", is(404));
    }
    for (String path :
        List.of(
            series.formatted(budget, "665", TERM) + "&colour=red",
            series.formatted(budget, "6".repeat(17), TERM),
            "/api/charts/indicator-series?unit=665&term=2015-2020",
            "/api/charts/scorecard?unit=665&term=2015-2020&year=2015",
            "/api/charts/scorecard?unit=665&term=2015-2020&year=abc")) {
      chart(path, null)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("status", is(400));
    }
    Api.anonymous().accept(SVG).get(series.formatted(budget, "665", TERM)).then().statusCode(401);
  }

  @Test
  void aChartIsTaggedAndRevalidated() {
    String budget = budget("665");
    Api.target(Api.resolution("665", TERM), budget, "LEVEL", "AT_LEAST", 1000);
    String path = "/api/charts/indicator-series?indicator=" + budget + "&unit=665&term=" + TERM;
    String etag = chart(path, null).then().statusCode(200).extract().header("ETag");
    assertTrue(etag != null && !etag.isBlank());
    Api.viewer().accept(SVG).header("If-None-Match", etag).get(path).then().statusCode(304);
  }

  /** Every point lies where the value axis's own ticks put it. */
  private static void assertPointsOnTheirTicks(SvgImage svg, List<Element> points) {
    List<Element> grid = svg.all("line", "grid");
    List<String> ticks = svg.texts("text", "tick");
    double v0 = vietnamese(ticks.get(0));
    double v1 = vietnamese(ticks.get(ticks.size() - 1));
    double y0 = SvgImage.number(grid.get(0), "y1");
    double y1 = SvgImage.number(grid.get(grid.size() - 1), "y1");
    for (Element p : points) {
      double expected = y0 + (SvgImage.number(p, "data-value") - v0) / (v1 - v0) * (y1 - y0);
      assertEquals(
          expected, SvgImage.number(p, "cy"), 0.02, "point " + p.getAttribute("data-year"));
    }
  }

  private static void assertAccessible(SvgImage svg, String titlePart) {
    Element root = svg.root();
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    assertTrue(svg.text("title", null).contains(titlePart), svg.text("title", null));
    assertFalse(svg.text("desc", null).isBlank());
    String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
    assertEquals(svg.one("title", null).getAttribute("id"), labelledBy[0]);
    assertEquals(svg.one("desc", null).getAttribute("id"), labelledBy[1]);
    assertTrue(svg.all("script", null).isEmpty());
  }

  /** The answer's JSON with its numbers as the decimals they are. */
  private static JsonPath exact(Response answer) {
    answer.then().statusCode(200);
    return JsonPath.from(answer.asString())
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static BigDecimal plain(Object number) {
    return new BigDecimal(String.valueOf(number)).stripTrailingZeros();
  }

  private static double vietnamese(String number) {
    return Double.parseDouble(number.replace(".", "").replace(',', '.'));
  }

  private static int intAttr(Element e, String name) {
    return Integer.parseInt(e.getAttribute(name));
  }
}
