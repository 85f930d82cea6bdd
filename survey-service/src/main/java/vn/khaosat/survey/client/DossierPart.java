package vn.khaosat.survey.client;

import java.util.Map;

/**
 * One part of a dossier: what another service sent, or why it is missing ({@code reason} a code,
 * {@code detail} in words).
 */
public record DossierPart(Map<String, Object> content, String reason, String detail) {

  public static DossierPart of(Map<String, Object> content) {
    return new DossierPart(content, null, null);
  }

  public static DossierPart missing(String reason, String detail) {
    return new DossierPart(null, reason, detail);
  }

  public boolean present() {
    return content != null;
  }
}
