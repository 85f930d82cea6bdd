package vn.khaosat.survey.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.khaosat.survey.domain.Limits;

/**
 * The {@code If-Match} header of a write, bounded like every other input; use as
 * {@code @Valid @BeanParam IfMatch}. Absent or {@code *}, the write goes ahead.
 */
public class IfMatch {

  @HeaderParam(HttpHeaders.IF_MATCH)
  @Size(max = Limits.IF_MATCH)
  @Parameter(
      description = "The ETag last read; a write on an older version is refused with 412",
      example = "\"0\"")
  public String value;

  public String value() {
    return value;
  }
}
