package vn.khaosat.indicators.api.resolutions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;

/** A term to create: its code gives the base year and the last year. */
@Schema(name = "TermRequest")
public record TermRequest(
    @Schema(
            description = "Base year and last year; the next congress term is 2030-2035",
            example = "2030-2035")
        @NotNull
        @Size(max = ColumnLimits.TERM_CODE)
        @Pattern(regexp = "[0-9]{4}-[0-9]{4}")
        String code) {}
