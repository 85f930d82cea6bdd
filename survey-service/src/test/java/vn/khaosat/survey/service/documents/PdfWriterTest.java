package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The PDF side alone, without the container: page size, embedded faces, text read back. */
class PdfWriterTest {

  private static final String HTML =
      """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
      @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
      body { font-family: 'Liberation Serif'; font-size: 14pt; }
      </style></head><body>
      <p>Đảng bộ huyện Đắk Song: lực lượng kỹ thuật sẵn sàng cập nhật ở cơ sở.</p>
      <p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b> <i>ngày 28 tháng 11</i> <b><i>Ỹ Ự Ẵ Ậ Ở</i></b></p>
      </body></html>
      """;

  private final PdfWriter writer = new PdfWriter();

  @Test
  void theFontsGlyphSubstitutionIsSetAsideAndTheRestKept() throws IOException {
    byte[] original;
    try (var in = PdfWriter.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
      original = in.readAllBytes();
    }
    var parser = new org.apache.fontbox.ttf.TTFParser();
    var before = parser.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(original.clone()));
    var after =
        parser.parse(
            new org.apache.pdfbox.io.RandomAccessReadBuffer(
                PdfWriter.withoutGlyphSubstitution(original.clone())));
    assertTrue(before.getTableMap().containsKey("GSUB"), "the font ships a GSUB table");
    assertTrue(!after.getTableMap().containsKey("GSUB"), "GSUB is set aside");
    assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
    assertEquals(before.getTableMap().size(), after.getTableMap().size());
  }

  @Test
  void vietnameseTextComesBackFromAnA4PageWithTheFourFacesEmbedded() throws IOException {
    PdfCheck pdf = PdfCheck.read(render(HTML));

    assertEquals(1, pdf.pages());
    pdf.assertContains("Đảng bộ huyện Đắk Song: lực lượng kỹ thuật sẵn sàng cập nhật ở cơ sở.");
    pdf.assertContains("ĐẢNG CỘNG SẢN VIỆT NAM");
    pdf.assertContains("Ỹ Ự Ẵ Ậ Ở");
    // PostScript names; a subset's name carries a six-letter tag in front
    for (String face :
        new String[] {
          "LiberationSerif",
          "LiberationSerif-Bold",
          "LiberationSerif-Italic",
          "LiberationSerif-BoldItalic"
        }) {
      assertTrue(
          pdf.fontNames().stream().anyMatch(n -> n.matches("[A-Z]{6}\\+" + face)),
          () -> "no subset of " + face + " in " + pdf.fontNames());
    }
  }

  @Test
  void aSecondRenderGivesTheSameText() throws IOException {
    // the font metrics cache is shared between renders: it must not garble the second one
    render(HTML);
    PdfCheck again = PdfCheck.read(render(HTML));

    again.assertContains("Đảng bộ huyện Đắk Song: lực lượng kỹ thuật sẵn sàng cập nhật ở cơ sở.");
  }

  private byte[] render(String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(html, out);
    return out.toByteArray();
  }
}
