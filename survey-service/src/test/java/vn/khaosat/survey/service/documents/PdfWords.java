package vn.khaosat.survey.service.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF where they are printed: for a phrase, where it starts and ends on the page (in
 * points from the top left), its baseline, its fill colour and its font, as PDFBox reads them back.
 */
public final class PdfWords extends PDFTextStripper {

  /** A phrase as printed; {@code rgb} is its fill colour as 0xRRGGBB. */
  public record Phrase(float left, float right, float baseline, int rgb, String font) {}

  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> positions = new ArrayList<>();
  private final List<Integer> colours = new ArrayList<>();

  private PdfWords() {
    // PDFTextStripper skips colour operators; these keep the fill colour of each glyph
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
  }

  public static PdfWords read(byte[] pdf) throws IOException {
    PdfWords words = new PdfWords();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      words.getText(document);
    }
    return words;
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    super.processTextPosition(glyph);
    int rgb;
    try {
      rgb = getGraphicsState().getNonStrokingColor().toRGB();
    } catch (IOException e) {
      rgb = -1;
    }
    for (int i = 0; i < glyph.getUnicode().length(); i++) {
      text.append(glyph.getUnicode().charAt(i));
      positions.add(glyph);
      colours.add(rgb);
    }
  }

  /** The first printing of {@code phrase}, or an error naming what was printed instead. */
  public Phrase find(String phrase) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new AssertionError("«" + phrase + "» not printed as text in:\n" + text);
    }
    TextPosition first = positions.get(at);
    TextPosition last = positions.get(at + phrase.length() - 1);
    return new Phrase(
        first.getXDirAdj(),
        last.getXDirAdj() + last.getWidthDirAdj(),
        first.getYDirAdj(),
        colours.get(at),
        first.getFont().getName());
  }
}
