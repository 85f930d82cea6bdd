package vn.khaosat.indicators.domain.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.khaosat.indicators.domain.rules.TargetStatus;

/**
 * The yearly series of a target's figure against the target (biểu đồ diễn biến chỉ tiêu): one point
 * per year with a figure, a dashed line per target value (one, or a range's two bounds), and the
 * latest point in the colour of its status. Texts come in already worded in the reader's language.
 */
public record SeriesChart(
    String id,
    String title,
    String description,
    String valueAxisLabel,
    int firstYear,
    int lastYear,
    List<Point> points,
    List<Line> lines,
    TargetStatus latestStatus,
    String latestLabel,
    String noDataText,
    Locale locale) {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 360;
  static final double LEFT = 80;
  static final double RIGHT = 610;
  static final double TOP = 50;
  static final double BOTTOM = 300;

  /** A figure of one year. */
  public record Point(int year, BigDecimal value) {}

  /** A target value drawn across the plot, with its words. */
  public record Line(BigDecimal value, String label) {}

  public SeriesChart {
    points = List.copyOf(points);
    lines = List.copyOf(lines);
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("no year to show");
    }
  }

  /** The value axis: every figure and every target value inside it. */
  public LinearScale valueScale() {
    List<BigDecimal> values =
        Stream.concat(points.stream().map(Point::value), lines.stream().map(Line::value)).toList();
    if (values.isEmpty()) {
      return LinearScale.covering(BigDecimal.ZERO, BigDecimal.ONE, 5, BOTTOM, TOP);
    }
    BigDecimal low = values.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal high = values.stream().max(BigDecimal::compareTo).orElseThrow();
    return LinearScale.covering(low, high, 5, BOTTOM, TOP);
  }

  /** The pixel of a year: the years spread evenly, a half step in from each side. */
  public double x(int year) {
    double step = (RIGHT - LEFT) / (lastYear - firstYear + 1);
    return LEFT + step * (year - firstYear + 0.5);
  }

  public String svg() {
    LinearScale scale = valueScale();
    Svg svg = ChartFrame.open(id, WIDTH, HEIGHT, title, description);
    svg.open("g", "class=value-axis");
    for (BigDecimal tick : scale.ticks()) {
      double y = scale.at(tick);
      svg.empty("line", "class=grid x1=%s x2=%s y1=%s y2=%s stroke=#d9d9d9", LEFT, RIGHT, y, y);
      String label = ChartNumbers.format(tick, locale);
      svg.text("text", label, "class=tick x=%s y=%s text-anchor=end", LEFT - 6, y + 4);
    }
    svg.text("text", valueAxisLabel, "class=axis-label x=%s y=%s", LEFT - 40, TOP - 12);
    svg.close("g").open("g", "class=year-axis");
    for (int year = firstYear; year <= lastYear; year++) {
      String label = String.valueOf(year);
      svg.text("text", label, "class=year x=%s y=%s text-anchor=middle", x(year), BOTTOM + 18);
    }
    svg.close("g").open("g", "class=targets");
    for (Line line : lines) {
      double y = scale.at(line.value());
      svg.empty(
          "line",
          "class=target-line data-value=%s x1=%s x2=%s y1=%s y2=%s stroke=#404040"
              + " stroke-width=1.5 stroke-dasharray=%s",
          line.value().toPlainString(),
          LEFT,
          RIGHT,
          y,
          y,
          "6 4");
      svg.text("text", line.label(), "class=target-label x=%s y=%s text-anchor=end", RIGHT, y - 5);
    }
    svg.close("g");
    drawPoints(svg, scale);
    return svg.close("svg").toString();
  }

  private void drawPoints(Svg svg, LinearScale scale) {
    if (points.isEmpty()) {
      double x = (LEFT + RIGHT) / 2;
      svg.text("text", noDataText, "class=no-data x=%s y=%s text-anchor=middle", x, 175.0);
      return;
    }
    List<String> path = new ArrayList<>();
    points.forEach(
        p -> path.add(Svg.coordinate(x(p.year())) + "," + Svg.coordinate(scale.at(p.value()))));
    svg.empty(
        "polyline",
        "class=series points=%s fill=none stroke=%s stroke-width=2",
        String.join(" ", path),
        StatusColours.NEUTRAL);
    svg.open("g", "class=points");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      boolean latest = i == points.size() - 1 && latestStatus != null;
      String colour = latest ? StatusColours.of(latestStatus) : StatusColours.NEUTRAL;
      double cx = x(p.year());
      double cy = scale.at(p.value());
      svg.empty(
          "circle",
          "class=%s data-year=%s data-value=%s data-status=%s cx=%s cy=%s r=%s fill=%s",
          latest ? "point latest" : "point",
          p.year(),
          p.value().toPlainString(),
          latest ? latestStatus.name() : null,
          cx,
          cy,
          latest ? 6 : 4,
          colour);
      String label = ChartNumbers.format(p.value(), locale);
      svg.text("text", label, "class=value x=%s y=%s text-anchor=middle", cx, cy - 10);
    }
    svg.close("g");
    if (latestStatus != null) {
      svg.text(
          "text",
          latestLabel,
          "class=status data-status=%s x=%s y=%s fill=%s font-weight=bold",
          latestStatus.name(),
          LEFT,
          HEIGHT - 18.0,
          StatusColours.of(latestStatus));
    }
  }
}
