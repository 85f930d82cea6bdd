package vn.khaosat.indicators.domain.charts;

/**
 * What every chart starts with: an accessible SVG root ({@code role="img"}, labelled by its {@code
 * <title>} and {@code <desc>}), a white page and the visible title. No script, no external
 * reference: the chart is embedded as it is in HTML and PDF documents.
 */
final class ChartFrame {

  static final String FONT = "Liberation Serif, Times New Roman, serif";
  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private ChartFrame() {}

  static Svg open(String id, int width, int height, String title, String description) {
    String safe = id.replaceAll("[^A-Za-z0-9_-]", "-");
    Svg svg = new Svg();
    svg.open(
        "svg",
        "xmlns=%s width=%s height=%s viewBox=%s role=img aria-labelledby=%s font-family=%s"
            + " font-size=12",
        NAMESPACE,
        width,
        height,
        "0 0 " + width + " " + height,
        safe + "-title " + safe + "-desc",
        FONT);
    svg.text("title", title, "id=%s", safe + "-title");
    svg.text("desc", description, "id=%s", safe + "-desc");
    svg.empty("rect", "width=%s height=%s fill=#ffffff", width, height);
    svg.text(
        "text",
        title,
        "class=chart-title x=%s y=22 text-anchor=middle font-size=15 font-weight=bold",
        width / 2);
    return svg;
  }

  /** A label cut to {@code max} characters with "…", so a long name cannot run off the chart. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
