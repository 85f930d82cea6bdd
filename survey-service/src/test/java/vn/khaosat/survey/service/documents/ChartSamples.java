package vn.khaosat.survey.service.documents;

/**
 * Charts as indicators-service draws them (same elements, attributes, colours and layout, fewer
 * rows), in Vietnamese and in English, for the stand-in and for the PDF tests.
 */
public final class ChartSamples {

  /** The status colours of indicators-service: exceeded, not met, and the series' own. */
  public static final String EXCEEDED = "#1b7837";

  public static final String NOT_MET = "#b2182b";
  public static final String NEUTRAL = "#2b5c8a";

  private ChartSamples() {}

  /** Two bars: 137.30 % (exceeded) and 65.90 % (not met), the 100 % line at x = 492.1. */
  public static String scorecard(boolean english) {
    String[] words =
        english
            ? new String[] {
              "Targets achieved – Đắk Song District, 2015-2020, 2019",
              "Target level (100 %)",
              "State budget revenue",
              "137.30 % · Exceeded",
              "Poor households rate",
              "65.90 % · Not met"
            }
            : new String[] {
              "Kết quả thực hiện chỉ tiêu – Huyện Đắk Song, nhiệm kỳ 2015-2020, năm 2019",
              "100 % (mức chỉ tiêu)",
              "Thu ngân sách nhà nước",
              "137,30 % · Vượt",
              "Tỷ lệ hộ nghèo",
              "65,90 % · Chưa đạt"
            };
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"142\""
        + " viewBox=\"0 0 760 142\" role=\"img\" aria-labelledby=\"sc-title sc-desc\""
        + " font-family=\"Liberation Serif, Times New Roman, serif\" font-size=\"12\">"
        + "<title id=\"sc-title\">"
        + words[0]
        + "</title><desc id=\"sc-desc\">1/2 EXCEEDED, 1/2 NOT_MET</desc>"
        + "<rect width=\"760\" height=\"142\" fill=\"#ffffff\"/>"
        + "<text class=\"chart-title\" x=\"380\" y=\"22\" text-anchor=\"middle\" font-size=\"15\""
        + " font-weight=\"bold\">"
        + words[0]
        + "</text><g class=\"ratio-axis\">"
        + "<line class=\"grid\" x1=\"310\" x2=\"310\" y1=\"50\" y2=\"102\" stroke=\"#d9d9d9\"/>"
        + "<text class=\"tick\" x=\"310\" y=\"118\" text-anchor=\"middle\">0 %</text>"
        + "<line class=\"reference\" data-value=\"100\" x1=\"492.1\" x2=\"492.1\" y1=\"44\""
        + " y2=\"102\" stroke=\"#404040\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        + "<text class=\"reference-label\" x=\"492.1\" y=\"40\" text-anchor=\"middle\">"
        + words[1]
        + "</text></g><g class=\"bars\">"
        + "<text class=\"bar-label\" x=\"300\" y=\"67\" text-anchor=\"end\">"
        + words[2]
        + "</text><rect class=\"bar\" data-target=\"7\" data-ratio=\"137.30\""
        + " data-status=\"EXCEEDED\" x=\"310\" y=\"55\" width=\"250\" height=\"16\" fill=\""
        + EXCEEDED
        + "\"/><text class=\"bar-value\" data-target=\"7\" data-status=\"EXCEEDED\" x=\"566\""
        + " y=\"67\" fill=\""
        + EXCEEDED
        + "\">"
        + words[3]
        + "</text><text class=\"bar-label\" x=\"300\" y=\"93\" text-anchor=\"end\">"
        + words[4]
        + "</text><rect class=\"bar\" data-target=\"8\" data-ratio=\"65.90\""
        + " data-status=\"NOT_MET\" x=\"310\" y=\"81\" width=\"120\" height=\"16\" fill=\""
        + NOT_MET
        + "\"/><text class=\"bar-value\" data-target=\"8\" data-status=\"NOT_MET\" x=\"436\""
        + " y=\"93\" fill=\""
        + NOT_MET
        + "\">"
        + words[5]
        + "</text></g></svg>";
  }

  /** Three years of growth against a target of 10: the last point (2019) exceeded. */
  public static String series(boolean english) {
    String target = english ? "Target: 10" : "Mục tiêu: 10";
    String latest = english ? "2019: 11.4 – Exceeded" : "Năm 2019: 11,4 – Vượt";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"360\""
        + " viewBox=\"0 0 760 360\" role=\"img\" aria-labelledby=\"gr-title gr-desc\""
        + " font-family=\"Liberation Serif, Times New Roman, serif\" font-size=\"12\">"
        + "<title id=\"gr-title\">GDP_GROWTH</title><desc id=\"gr-desc\">2017-2019</desc>"
        + "<rect width=\"760\" height=\"360\" fill=\"#ffffff\"/>"
        + "<g class=\"value-axis\"><line class=\"grid\" x1=\"80\" x2=\"700\" y1=\"300\""
        + " y2=\"300\" stroke=\"#d9d9d9\"/><text class=\"tick\" x=\"74\" y=\"304\""
        + " text-anchor=\"end\">0</text></g><g class=\"year-axis\">"
        + "<text class=\"year\" x=\"183.3\" y=\"318\" text-anchor=\"middle\">2017</text>"
        + "<text class=\"year\" x=\"390\" y=\"318\" text-anchor=\"middle\">2018</text>"
        + "<text class=\"year\" x=\"596.7\" y=\"318\" text-anchor=\"middle\">2019</text></g>"
        + "<g class=\"targets\"><line class=\"target-line\" data-value=\"10\" x1=\"80\""
        + " x2=\"700\" y1=\"120\" y2=\"120\" stroke=\"#404040\" stroke-width=\"1.5\""
        + " stroke-dasharray=\"6 4\"/><text class=\"target-label\" x=\"700\" y=\"115\""
        + " text-anchor=\"end\">"
        + target
        + "</text></g><polyline class=\"series\" points=\"183.3,156 390,138 596.7,95.2\""
        + " fill=\"none\" stroke=\""
        + NEUTRAL
        + "\" stroke-width=\"2\"/><g class=\"points\">"
        + "<circle class=\"point\" data-year=\"2017\" data-value=\"8\" cx=\"183.3\" cy=\"156\""
        + " r=\"4\" fill=\""
        + NEUTRAL
        + "\"/><circle class=\"point\" data-year=\"2018\" data-value=\"9\" cx=\"390\""
        + " cy=\"138\" r=\"4\" fill=\""
        + NEUTRAL
        + "\"/><circle class=\"point latest\" data-year=\"2019\" data-value=\"11.4\""
        + " data-status=\"EXCEEDED\" cx=\"596.7\" cy=\"95.2\" r=\"6\" fill=\""
        + EXCEEDED
        + "\"/></g><text class=\"status\" data-status=\"EXCEEDED\" x=\"80\" y=\"342\" fill=\""
        + EXCEEDED
        + "\" font-weight=\"bold\">"
        + latest
        + "</text></svg>";
  }
}
