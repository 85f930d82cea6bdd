package vn.khaosat.survey.service.documents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The two documents' templates, under {@code templates/documents/}, checked at build time. */
@CheckedTemplate(basePath = "documents")
final class DocumentTemplates {

  private DocumentTemplates() {}

  static native TemplateInstance minutes(SessionDocument doc);

  static native TemplateInstance notice(SessionDocument doc);
}
