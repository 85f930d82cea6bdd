package vn.khaosat.survey.service.documents;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Draws the documents' inline SVG charts in the PDF: Batik draws the shapes, the labels are drawn
 * apart as text of the PDF in the embedded Liberation Serif. Batik alone cannot do the latter: in
 * openhtmltopdf 1.1 every SVG text, whatever its font, reaches PDFBox as glyph outlines (its glyph
 * vectors are filled as shapes), so labels could not be read back and a page holding only a chart
 * had no font. No script runs and nothing is loaded from outside (Batik's secure modes).
 */
final class LabelledSvgDrawer extends BatikSVGDrawer {

  private static final String LABELS = "khaosat.chart.labels";

  private final ChartFonts fonts;

  LabelledSvgDrawer(ChartFonts fonts) {
    super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
    this.fonts = fonts;
  }

  @Override
  public SVGImage buildSVGImage(
      Element svg, Box box, CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
    // Batik must get the element itself (it styles it from its place in the document), so the
    // words are taken out of it, once: kept on the element should the layout ask again
    @SuppressWarnings("unchecked")
    List<SvgLabels.Label> labels = (List<SvgLabels.Label>) svg.getUserData(LABELS);
    if (labels == null) {
      labels = SvgLabels.takeFrom(svg);
      svg.setUserData(LABELS, labels, null);
    }
    SVGImage drawn = super.buildSVGImage(svg, box, c, cssWidth, cssHeight, dotsPerPixel);
    return new LabelledSvgImage(drawn, labels, viewBox(svg), box, dotsPerPixel, fonts);
  }

  /** The SVG's user space: its viewBox, else its width and height. */
  private static double[] viewBox(Element svg) {
    String[] box = svg.getAttribute("viewBox").trim().split("[\\s,]+");
    if (box.length == 4) {
      double[] numbers = new double[4];
      for (int i = 0; i < 4; i++) {
        numbers[i] = SvgLabels.number(box[i], Double.NaN);
      }
      if (numbers[2] > 0 && numbers[3] > 0) {
        return numbers;
      }
    }
    return new double[] {
      0,
      0,
      SvgLabels.number(svg.getAttribute("width"), 0),
      SvgLabels.number(svg.getAttribute("height"), 0)
    };
  }
}
