package vn.khaosat.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ?page=0&size=20} of every list; use as {@code @Valid @BeanParam PageParams}. */
public class PageParams {

  public static final int MAX_SIZE = 200;
  public static final String MAX_SIZE_TEXT = "200";

  /** The last page one may ask for: page × size stays far inside an int. */
  public static final int MAX_PAGE = 100_000;

  public static final String MAX_PAGE_TEXT = "100000";

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  @Parameter(description = "Page number, from 0 to 100000", example = "0")
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  @Parameter(description = "Items per page, 1 to 200", example = "20")
  public int size;

  public PageParams() {}

  public PageParams(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
