package vn.khaosat.survey.service.documents;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer.SVGImage;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.List;
import vn.khaosat.survey.service.documents.SvgLabels.Label;

/**
 * A chart as Batik draws its shapes, with its labels drawn over them through the output device's
 * Graphics2D: PDFBox writes a string whose font maps to one of the document's (the suite's
 * Liberation Serif, as an AWT font made from the same file) as real text in that embedded font.
 */
final class LabelledSvgImage implements SVGImage {

  private final SVGImage shapes;
  private final List<Label> labels;
  private final double[] viewBox;
  private final Box box;
  private final double dotsPerPixel;
  private final ChartFonts fonts;

  LabelledSvgImage(
      SVGImage shapes,
      List<Label> labels,
      double[] viewBox,
      Box box,
      double dotsPerPixel,
      ChartFonts fonts) {
    this.shapes = shapes;
    this.labels = labels;
    this.viewBox = viewBox;
    this.box = box;
    this.dotsPerPixel = dotsPerPixel;
    this.fonts = fonts;
  }

  @Override
  public int getIntrinsicWidth() {
    return shapes.getIntrinsicWidth();
  }

  @Override
  public int getIntrinsicHeight() {
    return shapes.getIntrinsicHeight();
  }

  @Override
  public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
    shapes.drawSVG(device, ctx, x, y);
    if (labels.isEmpty() || viewBox[2] <= 0 || viewBox[3] <= 0) {
      return;
    }
    // the same area, in CSS pixels, Batik's transcoder draws the shapes into
    Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx);
    float width = (float) (content.width / dotsPerPixel);
    float height = (float) (content.height / dotsPerPixel);
    device.drawWithGraphics((float) x, (float) y, width, height, g -> draw(g, width, height));
  }

  /** The viewBox fitted into the area as SVG does by default (xMidYMid meet), then the labels. */
  private void draw(Graphics2D g, float width, float height) {
    double scale = Math.min(width / viewBox[2], height / viewBox[3]);
    g.translate((width - viewBox[2] * scale) / 2, (height - viewBox[3] * scale) / 2);
    g.scale(scale, scale);
    g.translate(-viewBox[0], -viewBox[1]);
    for (Label label : labels) {
      if (label.fill() == null) {
        continue;
      }
      Font font = fonts.face(label.bold(), label.italic(), label.size());
      g.setFont(font);
      g.setPaint(label.fill());
      double advance = font.getStringBounds(label.text(), g.getFontRenderContext()).getWidth();
      double start =
          switch (label.anchor()) {
            case "middle" -> label.x() - advance / 2;
            case "end" -> label.x() - advance;
            default -> label.x();
          };
      g.drawString(label.text(), (float) start, (float) label.y());
    }
  }
}
