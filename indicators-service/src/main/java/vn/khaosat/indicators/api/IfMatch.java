package vn.khaosat.indicators.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.khaosat.indicators.domain.ColumnLimits;

/**
 * The If-Match header of a write, bounded like any input; use as {@code @Valid @BeanParam IfMatch}.
 * Absent, the write does not check the version.
 */
public class IfMatch {

  @HeaderParam(HttpHeaders.IF_MATCH)
  @Size(max = ColumnLimits.IF_MATCH)
  @Parameter(description = "ETag of the version read", example = "\"0\"")
  public String value;
}
