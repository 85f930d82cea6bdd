package vn.khaosat.caching;

import java.time.LocalDate;
import java.util.Arrays;
import vn.khaosat.problem.ApiProblem;

/**
 * Entity tags built from a row's optimistic-lock version: {@code ETag: "3"} on reads, and the check
 * of {@code If-Match} on writes so that a client holding a stale version gets 412, never a lost
 * update.
 *
 * <p>A view that also follows the day (a directive's "overdue") is tagged with the day as well,
 * {@code "3@2026-12-03"}, so that {@code If-None-Match} never answers 304 over yesterday's view.
 * {@code If-Match} compares the version alone: the day changes what is shown, not what is written.
 */
public final class EntityTags {

  private static final String DAY = "@";

  private EntityTags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The tag's value (unquoted, as {@code ResponseBuilder.tag} takes it) of a view of that day. */
  public static String valueOn(long version, LocalDate day) {
    return version + DAY + day;
  }

  /**
   * Does nothing when {@code ifMatch} is absent or {@code *}; otherwise the current version must be
   * among the tags listed.
   */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return;
    }
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(EntityTags::versionOf)
            .anyMatch(v -> v == currentVersion);
    if (!matches) {
      throw ApiProblem.preconditionFailed(
          "problem.staleVersion", ifMatch.trim(), of(currentVersion));
    }
  }

  private static long versionOf(String tag) {
    String t = tag.trim();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1);
    }
    int day = t.indexOf(DAY);
    if (day >= 0) {
      t = t.substring(0, day);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException notOurs) {
      throw ApiProblem.badRequest("problem.badIfMatch", tag.trim());
    }
  }
}
