package vn.khaosat.indicators.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do on a dry run. */
@Schema(name = "ImportSummary")
public record ImportSummary(
    @Schema(example = "true") boolean dryRun,
    @Schema(description = "True once the figures are stored", example = "false") boolean committed,
    @Schema(description = "Data lines read", example = "120") int rows,
    @Schema(description = "New figures", example = "100") int imported,
    @Schema(description = "Figures whose value or provenance changed", example = "15") int updated,
    @Schema(description = "Figures already stored as they are", example = "5") int unchanged,
    List<ImportConflict> conflicts) {}
