package vn.khaosat.caching;

import java.util.Arrays;
import vn.khaosat.problem.ApiProblem;

/**
 * Entity tags built from a row's optimistic-lock version: {@code ETag: "3"} on reads, and the check
 * of {@code If-Match} on writes so that a client holding a stale version gets 412, never a lost
 * update.
 */
public final class EntityTags {

  private EntityTags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
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
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException notOurs) {
      throw ApiProblem.badRequest("problem.badIfMatch", tag.trim());
    }
  }
}
