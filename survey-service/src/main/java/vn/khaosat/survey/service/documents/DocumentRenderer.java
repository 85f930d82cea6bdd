package vn.khaosat.survey.service.documents;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import org.jboss.logging.Logger;

/**
 * Renders the minutes (biên bản) and the notice of conclusions (thông báo kết luận) of a survey
 * session as XHTML, which a browser shows as it is, and that XHTML as PDF.
 */
@ApplicationScoped
public class DocumentRenderer {

  private static final Logger LOG = Logger.getLogger(DocumentRenderer.class);

  private final PdfWriter pdf;

  public DocumentRenderer(PdfWriter pdf) {
    this.pdf = pdf;
  }

  public String minutesHtml(SessionDocument doc) {
    return DocumentTemplates.minutes(doc).render();
  }

  public String noticeHtml(SessionDocument doc) {
    return DocumentTemplates.notice(doc).render();
  }

  /** Streams the PDF of {@code html} (XHTML from this renderer) to {@code out}. */
  public void writePdf(String html, OutputStream out) throws IOException {
    pdf.write(html, out);
  }

  // the first render in a JVM loads fonts and layout classes (about a second): pay it at start,
  // beside it rather than before readiness, which it delayed by that second (issue 12, P6)
  void warmUp(@Observes StartupEvent event) {
    Thread warmUp = new Thread(this::warmUp, "document-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  void warmUp() {
    try {
      writePdf(minutesHtml(WarmUpSample.session()), OutputStream.nullOutputStream());
      LOG.debug("document renderer warmed up");
    } catch (IOException | RuntimeException e) {
      LOG.warnf(e, "the document renderer could not warm up; the first document will be slower");
    }
  }
}
