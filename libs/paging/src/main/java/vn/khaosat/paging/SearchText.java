package vn.khaosat.paging;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for search without regard to diacritics, the way the databases' {@code search_text}
 * column does (unaccent, then lower case): "Huyện Đắk Song" and "dak song" both become "huyen dak
 * song".
 */
public final class SearchText {

  private SearchText() {}

  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  /** A LIKE pattern matching the folded text anywhere, with LIKE's wildcards escaped. */
  public static String containsPattern(String text) {
    String folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + folded + "%";
  }
}
