package vn.khaosat.survey.service.documents;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The four faces of the documents' font as AWT fonts, for the charts' labels: made from the very
 * bytes PdfWriter embeds, so a label measures as it prints, and its family name ("Liberation
 * Serif") and style make openhtmltopdf map it back to the embedded face.
 */
record ChartFonts(Font regular, Font bold, Font italic, Font boldItalic) {

  static ChartFonts of(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
    return new ChartFonts(
        awt(regular),
        awt(bold).deriveFont(Font.BOLD),
        awt(italic).deriveFont(Font.ITALIC),
        awt(boldItalic).deriveFont(Font.BOLD | Font.ITALIC));
  }

  Font face(boolean isBold, boolean isItalic, float size) {
    Font face = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    return face.deriveFont(size);
  }

  private static Font awt(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException e) {
      throw new IllegalStateException("the documents' font is not a TrueType font", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
