package vn.khaosat.indicators.service.observations;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.service.Rights;
import vn.khaosat.persistence.Transactions;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/**
 * Imports figures from CSV: reads every line, checks each against the indicators, units and the
 * caller's scope, classifies it as new, changed or unchanged, and only then, when nothing is in
 * conflict and this is not a dry run, writes them all in one transaction: COPY into a temporary
 * table and one merge ({@link ImportMerge#merge}), which also tells new from changed lines and
 * records every change in the figures' history as one batch: the import's id, the file's SHA-256,
 * who, the request id and the reason. Replacing a closed unit's figure needs a reason, as a PUT.
 */
@ApplicationScoped
public class ObservationImporter {

  private static final int LOOKUP_CHUNK = 10_000;

  private static final String IMPORT_LOCK = "indicators:observation-import";

  /**
   * How long a commit waits for the one before it: a commit of 100,000 lines takes a few seconds,
   * and the gateway gives a backend 30 s. Past it the commit is a 409 "try again", with nothing
   * stored.
   */
  private static final Duration LOCK_WAIT = Duration.ofSeconds(20);

  private final UnitScope scope;
  private final ObservationStore store;
  private final ObservationHistory history;

  public ObservationImporter(UnitScope scope, ObservationStore store, ObservationHistory history) {
    this.scope = scope;
    this.store = store;
    this.history = history;
  }

  /**
   * A commit holds the import lock from before it reads what is stored until it commits, so that
   * overlapping commits run one wholly after the other (each counts and skips its unchanged lines
   * against what the one before stored); a dry run reads everything from one snapshot, so that it
   * counts against the state before or after a commit, never a mix. Single PUTs take no part: each
   * writes one figure, which either comes before a commit or after it.
   */
  @Transactional
  public ImportSummary importCsv(
      Reader csv, MessageDigest sha256, boolean dryRun, String reason, Locale locale) {
    ObservationCsvReader reader = new ObservationCsvReader(locale).read(csv);
    if (reader.lines == 0) {
      throw ApiProblem.badRequest("import.noRows");
    }
    if (dryRun) {
      Transactions.readOneSnapshot();
    } else {
      Transactions.exclusively(IMPORT_LOCK, LOCK_WAIT);
    }
    Set<String> closedUnits = new HashSet<>();
    List<CsvRow> accepted = checkRows(reader, closedUnits);
    var conflicts = reader.conflicts;
    if (!dryRun && conflicts.isEmpty()) {
      // the file has been read to its end: its digest is complete
      var batch =
          new ImportMerge.Batch(
              UUID.randomUUID(),
              HexFormat.of().formatHex(sha256.digest()),
              history.user(),
              ObservationHistory.requestId(),
              reason == null || reason.isBlank() ? null : reason,
              closedUnits);
      ImportMerge.Merged merged =
          Panache.getEntityManager()
              .unwrap(Session.class)
              .doReturningWork(c -> ImportMerge.merge(c, accepted, batch));
      if (merged.closedReplaced() > 0 && batch.reason() == null) {
        // thrown inside the transaction: nothing of the merge stays
        throw ApiProblem.invalidParameter(
            "query", "reason", "import.reasonRequired", merged.closedReplaced());
      }
      int unchanged = accepted.size() - merged.imported() - merged.updated();
      return ImportSummary.of(
              false, true, reader.lines, merged.imported(), merged.updated(), unchanged, conflicts)
          .committedAs(batch.id());
    }
    Map<CsvRow.Key, ObservationStore.Stored> existing = store.existing(accepted);
    List<CsvRow> changes =
        accepted.stream().filter(r -> isChange(r, existing.get(r.key()))).toList();
    int updated = (int) changes.stream().filter(r -> existing.containsKey(r.key())).count();
    int imported = changes.size() - updated;
    int unchanged = accepted.size() - changes.size();
    if (!dryRun) {
      throw ImportRefused.with(
          ImportSummary.of(false, false, reader.lines, imported, updated, unchanged, conflicts));
    }
    return ImportSummary.of(true, false, reader.lines, imported, updated, unchanged, conflicts);
  }

  private List<CsvRow> checkRows(ObservationCsvReader reader, Set<String> closedUnits) {
    Set<String> indicatorCodes =
        reader.rows.stream().map(CsvRow::indicator).collect(Collectors.toSet());
    Set<String> unitCodes = reader.rows.stream().map(CsvRow::unit).collect(Collectors.toSet());
    Map<String, Indicator> indicators =
        inChunks(indicatorCodes, codes -> Indicator.<Indicator>list("code in ?1", codes)).stream()
            .collect(Collectors.toMap(i -> i.code, i -> i));
    Map<String, Unit> unitsByCode =
        inChunks(unitCodes, codes -> Unit.<Unit>list("code in ?1", codes)).stream()
            .collect(Collectors.toMap(u -> u.code, u -> u));
    unitsByCode.values().stream().filter(Unit::isClosed).forEach(u -> closedUnits.add(u.code));
    Map<String, Boolean> inScope = new HashMap<>();
    Map<CsvRow.Key, Integer> seen = new HashMap<>();
    return reader.rows.stream()
        .filter(row -> accept(row, reader, indicators, unitsByCode, inScope, seen))
        .toList();
  }

  private boolean accept(
      CsvRow row,
      ObservationCsvReader reader,
      Map<String, Indicator> indicators,
      Map<String, Unit> unitsByCode,
      Map<String, Boolean> inScope,
      Map<CsvRow.Key, Integer> seen) {
    Indicator indicator = indicators.get(row.indicator());
    Unit unit = unitsByCode.get(row.unit());
    if (indicator == null) {
      reader.conflict(
          row.line(), "INDICATOR", row.indicator(), "indicator.unknown", row.indicator());
      return false;
    }
    if (unit == null) {
      reader.conflict(row.line(), "REF_AREA", row.unit(), "unit.unknown", row.unit());
      return false;
    }
    if (!inScope.computeIfAbsent(row.unit(), this::mayWrite)) {
      reader.conflict(row.line(), "REF_AREA", row.unit(), "problem.forbiddenUnit", row.unit());
      return false;
    }
    var broken = ObservationRules.check(indicator, unit, row.year(), row.povertyStandard());
    if (broken.isPresent()) {
      String column = broken.get().key().startsWith("unit.") ? "TIME_PERIOD" : "POVERTY_STANDARD";
      reader.conflict(row.line(), column, null, broken.get().key(), broken.get().args());
      return false;
    }
    Integer first = seen.putIfAbsent(row.key(), row.line());
    if (first != null) {
      reader.conflict(row.line(), null, null, "import.duplicateRow", first);
      return false;
    }
    return true;
  }

  /**
   * Looks codes up a chunk at a time: each code is a bind parameter, and PostgreSQL takes at most
   * 32,767 in one statement (a file of 100,000 lines may name as many codes).
   */
  private static <T> List<T> inChunks(Set<String> codes, Function<List<String>, List<T>> query) {
    List<String> all = List.copyOf(codes);
    List<T> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
      found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK))));
    }
    return found;
  }

  private boolean mayWrite(String unitCode) {
    return scope.allows(Rights.STATISTICS, unitCode);
  }

  private static boolean isChange(CsvRow row, ObservationStore.Stored stored) {
    return stored == null || !stored.sameAs(row);
  }
}
