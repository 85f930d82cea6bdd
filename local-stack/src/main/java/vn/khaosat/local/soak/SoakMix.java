package vn.khaosat.local.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The soak's load, by weight: reads of every service (about 40 % of the requests), replaces of
 * records every user shares (figures, a committee's members, a plan's candidates, a session's
 * conclusion and participant, a cadre), creates, CSV imports that rewrite the shared figures, PDF
 * renders, and each user's own session and plan carried through their steps ({@link Journeys}).
 */
final class SoakMix {

  private record Weighted(int weight, Consumer<SoakUser> operation) {}

  private static final List<Weighted> MIX = new ArrayList<>();
  private static int total;

  static {
    // reads
    add(5, Reads::unit);
    add(4, Reads::scorecard);
    add(3, Reads::figures);
    add(3, Reads::cadre);
    add(2, Reads::committee);
    add(2, Reads::plan);
    add(3, Reads::session);
    add(2, Reads::minutesHtml);
    add(1, Reads::directives);
    // replaces of shared records: each must answer 2xx, or 412 for a stale If-Match
    add(8, Writes::figure);
    add(1, Writes::figureIfMatchFirstVersion);
    add(1, Writes::figureIfMatchRead);
    add(2, Writes::committeeMembers);
    add(2, Writes::planCandidates);
    add(2, Writes::conclusion);
    add(2, Writes::participant);
    add(2, Writes::cadre);
    // creates, imports, documents, and each user's own session and plan
    add(2, Writes::newCadre);
    add(1, Writes::idempotentCadre);
    add(1, Writes::existingTerm);
    add(1, Writes::importCommit);
    add(1, Writes::importDryRun);
    add(2, Reads::minutesPdf);
    add(1, Reads::noticePdf);
    add(1, Journeys::session);
    add(1, Journeys::plan);
  }

  private SoakMix() {}

  private static void add(int weight, Consumer<SoakUser> operation) {
    MIX.add(new Weighted(weight, operation));
    total += weight;
  }

  static Consumer<SoakUser> pick(Random random) {
    int draw = random.nextInt(total);
    for (Weighted w : MIX) {
      draw -= w.weight();
      if (draw < 0) {
        return w.operation();
      }
    }
    throw new IllegalStateException("weights add up to " + total);
  }
}
