package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its text (whitespace collapsed), pages and fonts. */
public record PdfCheck(String text, int pages, List<String> fontNames) {

  public static PdfCheck read(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> fonts = new ArrayList<>();
      int number = 0;
      for (PDPage page : pdf.getPages()) {
        number++;
        assertA4(page, number);
        List<PDFont> onPage = fonts(page);
        assertFalse(onPage.isEmpty(), "page " + number + " uses no font");
        for (PDFont font : onPage) {
          assertTrue(font.isEmbedded(), font.getName() + " not embedded on page " + number);
          fonts.add(font.getName());
        }
      }
      String text = new PDFTextStripper().getText(pdf);
      return new PdfCheck(normalise(text), pdf.getNumberOfPages(), fonts);
    }
  }

  /** Collapses the line breaks and spaces extraction puts where the layout wrapped lines. */
  static String normalise(String text) {
    return text.replaceAll("[\\s\\u00a0]+", " ").trim();
  }

  public void assertContains(String expected) {
    assertTrue(
        text.contains(normalise(expected)), () -> "PDF text lacks «" + expected + "»:\n" + text);
  }

  public void assertLacks(String unexpected) {
    assertFalse(text.contains(unexpected), () -> "PDF text has «" + unexpected + "»");
  }

  private static void assertA4(PDPage page, int number) {
    PDRectangle box = page.getMediaBox();
    assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1, "width of page " + number);
    assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1, "height of page " + number);
  }

  /**
   * The fonts a page's text is drawn in: its own, and those of the forms it draws (a chart's labels
   * are text of the form the chart is drawn into). A page whose words are all outlines has none.
   */
  private static List<PDFont> fonts(PDPage page) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    collect(page.getResources(), fonts, 0);
    return fonts;
  }

  private static void collect(PDResources resources, List<PDFont> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 8) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        collect(form.getResources(), fonts, depth + 1);
      }
    }
  }
}
