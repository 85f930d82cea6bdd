package vn.khaosat.survey.service.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the XHTML of a document into PDF with Liberation Serif embedded (subset), so every
 * Vietnamese letter prints and reads back the same on any machine. Plain Java apart from the scope,
 * so tests can build one without the container.
 */
@ApplicationScoped
class PdfWriter {

  /** The family name the documents' CSS asks for. */
  public static final String FONT_FAMILY = "Liberation Serif";

  private record Face(byte[] bytes, int weight, FontStyle style) {}

  private final List<Face> faces =
      List.of(
          face("Regular", 400, FontStyle.NORMAL),
          face("Bold", 700, FontStyle.NORMAL),
          face("Italic", 400, FontStyle.ITALIC),
          face("BoldItalic", 700, FontStyle.ITALIC));

  // the charts' labels are measured and drawn with the same four faces
  private final ChartFonts chartFonts =
      ChartFonts.of(
          faces.get(0).bytes(), faces.get(1).bytes(), faces.get(2).bytes(), faces.get(3).bytes());

  // font metrics are the same for every document: parse them once per JVM, not once per render
  private final FSCacheEx<String, FSCacheValue> metrics = new MapCache();

  public void write(String html, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
    for (Face face : faces) {
      builder.useFont(
          () -> new ByteArrayInputStream(face.bytes()),
          FONT_FAMILY,
          face.weight(),
          face.style(),
          true);
    }
    // the documents need nothing from outside; refuse any URI a future template might carry
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    // inline SVG charts: shapes by Batik, labels as text in the embedded font
    builder.useSVGDrawer(new LabelledSvgDrawer(chartFonts));
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
  }

  private static Face face(String name, int weight, FontStyle style) {
    String path = "/fonts/LiberationSerif-" + name + ".ttf";
    try (InputStream in = PdfWriter.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + path);
      }
      return new Face(withoutGlyphSubstitution(in.readAllBytes()), weight, style);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renames the font's GSUB table so PDFBox skips glyph substitution. Vietnamese needs none (every
   * letter is a precomposed glyph of the font), and PDFBox 3 compiles regular expressions for it on
   * every line of text: without it a 5-page minutes renders about three times faster, and text
   * extracts back without ligatures.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (font[entry] == 'G'
          && font[entry + 1] == 'S'
          && font[entry + 2] == 'U'
          && font[entry + 3] == 'B') {
        font[entry] = 'g';
        font[entry + 1] = 's';
        font[entry + 2] = 'u';
        font[entry + 3] = 'b';
      }
    }
    return font;
  }

  private static final class MapCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      map.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return map.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return map.get(key);
    }
  }
}
