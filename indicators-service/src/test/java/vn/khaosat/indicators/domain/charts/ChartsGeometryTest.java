package vn.khaosat.indicators.domain.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.khaosat.indicators.domain.rules.TargetStatus;

class ChartsGeometryTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static SeriesChart series(TargetStatus latest) {
    return new SeriesChart(
        "s",
        "Thu ngân sách – Huyện Đắk Song",
        "mô tả",
        "%",
        2016,
        2020,
        List.of(new SeriesChart.Point(2016, d("10.00")), new SeriesChart.Point(2019, d("8.25"))),
        List.of(new SeriesChart.Line(d("8.00"), "Mục tiêu: 8,00 %")),
        latest,
        "Năm 2019: 8,25 % – Vượt",
        "Chưa có số liệu",
        VI);
  }

  @Test
  void yearsSpreadEvenlyAndPointsSitOnTheValueScale() {
    SeriesChart chart = series(TargetStatus.EXCEEDED);
    double step = (SeriesChart.RIGHT - SeriesChart.LEFT) / 5;
    assertEquals(SeriesChart.LEFT + step / 2, chart.x(2016), 1e-9);
    assertEquals(SeriesChart.LEFT + step * 4.5, chart.x(2020), 1e-9);
    LinearScale scale = chart.valueScale();
    assertTrue(scale.min().compareTo(d("8.00")) <= 0 && scale.max().compareTo(d("10")) >= 0);
    String svg = chart.svg();
    String cy = Svg.coordinate(scale.at(d("8.25")));
    assertTrue(
        svg.contains(
            "data-year=\"2019\" data-value=\"8.25\" data-status=\"EXCEEDED\" cx=\""
                + Svg.coordinate(chart.x(2019))
                + "\" cy=\""
                + cy
                + "\" r=\"6\" fill=\""
                + StatusColours.of(TargetStatus.EXCEEDED)
                + "\""),
        svg);
    assertTrue(svg.contains(">8,25</text>"));
    assertTrue(svg.contains("class=\"target-line\" data-value=\"8.00\""));
  }

  @Test
  void withoutFiguresTheChartSaysSo() {
    SeriesChart chart =
        new SeriesChart(
            "s",
            "t",
            "d",
            "%",
            2021,
            2025,
            List.of(),
            List.of(),
            null,
            null,
            "Chưa có số liệu",
            VI);
    String svg = chart.svg();
    assertTrue(svg.contains("class=\"no-data\""));
    assertTrue(!svg.contains("<circle") && !svg.contains("<polyline"));
  }

  @Test
  void barsStartAtZeroAndEndAtTheirRatio() {
    BarChart chart =
        new BarChart(
            "b",
            "t",
            "d",
            List.of(
                new BarChart.Bar(
                    1, "Thu ngân sách", d("137.30"), TargetStatus.EXCEEDED, "137,30 % · Vượt"),
                new BarChart.Bar(
                    2, "Hộ nghèo", d("-12.50"), TargetStatus.NOT_MET, "-12,50 % · Không đạt"),
                new BarChart.Bar(3, "GRDP", null, TargetStatus.NO_DATA, "Chưa có số liệu")),
            "100 %",
            "—",
            VI);
    LinearScale scale = chart.ratioScale();
    double zero = scale.at(BigDecimal.ZERO);
    String svg = chart.svg();
    assertTrue(
        svg.contains(
            "data-target=\"1\" data-ratio=\"137.30\" data-status=\"EXCEEDED\" x=\""
                + Svg.coordinate(zero)
                + "\" y=\""
                + Svg.coordinate(chart.y(0))
                + "\" width=\""
                + Svg.coordinate(scale.at(d("137.30")) - zero)
                + "\""),
        svg);
    assertTrue(
        svg.contains(
            "data-target=\"2\" data-ratio=\"-12.50\" data-status=\"NOT_MET\" x=\""
                + Svg.coordinate(scale.at(d("-12.50")))
                + "\""),
        svg);
    assertTrue(!svg.contains("<rect class=\"bar\" data-target=\"3\""), "no ratio, no bar");
    assertTrue(svg.contains(">Chưa có số liệu</text>"));
    assertEquals((int) (BarChart.TOP + 3 * BarChart.ROW + 40), chart.height());
  }
}
