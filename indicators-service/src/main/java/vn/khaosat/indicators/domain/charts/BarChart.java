package vn.khaosat.indicators.domain.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import vn.khaosat.indicators.domain.rules.TargetStatus;

/**
 * One horizontal bar per target, its achievement ratio (tỷ lệ hoàn thành) in %, coloured by its
 * status (biểu đồ kết quả thực hiện chỉ tiêu), with a line at 100 %. A target without a ratio has
 * no bar, only its status in words.
 */
public record BarChart(
    String id,
    String title,
    String description,
    List<Bar> bars,
    String referenceLabel,
    String noDataText,
    Locale locale) {

  public static final int WIDTH = 760;
  static final double LABEL_RIGHT = 300;
  static final double LEFT = 310;
  static final double RIGHT = 620;
  static final double TOP = 50;
  static final double ROW = 26;
  static final double BAR = 16;
  static final int LABEL_CHARS = 48;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One target: its words, its ratio (null when undefined) and its status. */
  public record Bar(
      long targetId, String label, BigDecimal ratio, TargetStatus status, String valueLabel) {}

  public BarChart {
    bars = List.copyOf(bars);
  }

  public int height() {
    return (int) (TOP + ROW * Math.max(1, bars.size()) + 40);
  }

  /** The ratio axis: 0 and 100 % always in it, and every ratio. */
  public LinearScale ratioScale() {
    List<BigDecimal> values =
        Stream.concat(
                Stream.of(BigDecimal.ZERO, HUNDRED),
                bars.stream().map(Bar::ratio).filter(Objects::nonNull))
            .toList();
    BigDecimal low = values.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal high = values.stream().max(BigDecimal::compareTo).orElseThrow();
    return LinearScale.covering(low, high, 5, LEFT, RIGHT);
  }

  /** The top pixel of the {@code index}-th bar. */
  public double y(int index) {
    return TOP + ROW * index + (ROW - BAR) / 2;
  }

  public String svg() {
    LinearScale scale = ratioScale();
    int height = height();
    double bottom = TOP + ROW * Math.max(1, bars.size());
    Svg svg = ChartFrame.open(id, WIDTH, height, title, description);
    svg.open("g", "class=ratio-axis");
    for (BigDecimal tick : scale.ticks()) {
      double x = scale.at(tick);
      svg.empty("line", "class=grid x1=%s x2=%s y1=%s y2=%s stroke=#d9d9d9", x, x, TOP, bottom);
      String label = ChartNumbers.format(tick, locale) + " %";
      svg.text("text", label, "class=tick x=%s y=%s text-anchor=middle", x, bottom + 16);
    }
    double hundred = scale.at(HUNDRED);
    svg.empty(
        "line",
        "class=reference data-value=100 x1=%s x2=%s y1=%s y2=%s stroke=#404040"
            + " stroke-width=1.5 stroke-dasharray=%s",
        hundred,
        hundred,
        TOP - 6,
        bottom,
        "6 4");
    svg.text(
        "text",
        referenceLabel,
        "class=reference-label x=%s y=%s text-anchor=middle",
        hundred,
        TOP - 10);
    svg.close("g").open("g", "class=bars");
    if (bars.isEmpty()) {
      svg.text("text", noDataText, "class=no-data x=%s y=%s", LEFT, TOP + 17);
    }
    for (int i = 0; i < bars.size(); i++) {
      drawBar(svg, scale, i);
    }
    return svg.close("g").close("svg").toString();
  }

  private void drawBar(Svg svg, LinearScale scale, int index) {
    Bar bar = bars.get(index);
    double top = y(index);
    String colour = StatusColours.of(bar.status());
    String label = ChartFrame.cut(bar.label(), LABEL_CHARS);
    svg.text("text", label, "class=bar-label x=%s y=%s text-anchor=end", LABEL_RIGHT, top + 12);
    double end = LEFT;
    if (bar.ratio() != null) {
      double zero = scale.at(BigDecimal.ZERO);
      double tip = scale.at(bar.ratio());
      end = Math.max(zero, tip);
      svg.empty(
          "rect",
          "class=bar data-target=%s data-ratio=%s data-status=%s x=%s y=%s width=%s height=%s"
              + " fill=%s",
          bar.targetId(),
          bar.ratio().toPlainString(),
          bar.status().name(),
          Math.min(zero, tip),
          top,
          Math.abs(tip - zero),
          BAR,
          colour);
    }
    svg.text(
        "text",
        bar.valueLabel(),
        "class=bar-value data-target=%s data-status=%s x=%s y=%s fill=%s",
        bar.targetId(),
        bar.status().name(),
        end + 6,
        top + 12,
        colour);
  }
}
