package vn.khaosat.indicators.service.observations;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do on a dry run. */
@Schema(name = "ImportSummary")
public record ImportSummary(
    @Schema(required = true, example = "true") boolean dryRun,
    @Schema(required = true, description = "True once the figures are stored", example = "false")
        boolean committed,
    @Schema(required = true, description = "Data lines read", example = "120") int rows,
    @Schema(required = true, description = "New figures", example = "100") int imported,
    @Schema(
            required = true,
            description = "Figures whose value or provenance changed",
            example = "15")
        int updated,
    @Schema(required = true, description = "Figures already stored as they are", example = "5")
        int unchanged,
    @Schema(required = true, description = "Every conflict found, listed or not", example = "0")
        int conflictCount,
    @Schema(
            required = true,
            description = "The conflicts, by line; at most 1000, the first ones",
            maxItems = MAX_LISTED)
        List<ImportConflict> conflicts,
    @Schema(
            description =
                "The import's id, named by each change it made in the figures' history; none on a"
                    + " dry run or a refusal",
            example = "6f1d8c2e-4b3a-4e5f-9c7d-2a1b0e9f8d7c",
            format = "uuid",
            maxLength = 36)
        String importId) {

  /** A file of 100,000 bad lines still gets an answer of a readable size. */
  public static final int MAX_LISTED = 1000;

  /** The summary of {@code conflicts}, listed by line up to {@link #MAX_LISTED}. */
  static ImportSummary of(
      boolean dryRun,
      boolean committed,
      int rows,
      int imported,
      int updated,
      int unchanged,
      List<ImportConflict> conflicts) {
    List<ImportConflict> listed =
        conflicts.stream()
            .sorted(Comparator.comparingInt(ImportConflict::row))
            .limit(MAX_LISTED)
            .toList();
    return new ImportSummary(
        dryRun, committed, rows, imported, updated, unchanged, conflicts.size(), listed, null);
  }

  /** The same summary, naming the import that stored it. */
  ImportSummary committedAs(UUID id) {
    return new ImportSummary(
        dryRun,
        committed,
        rows,
        imported,
        updated,
        unchanged,
        conflictCount,
        conflicts,
        id.toString());
  }
}
