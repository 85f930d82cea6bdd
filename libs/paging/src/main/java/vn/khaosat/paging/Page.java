package vn.khaosat.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items":[…],"page":0,"size":20,"totalItems":N,"totalPages":M}}. */
public record Page<T>(
    @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<T> items,
    @Schema(required = true, minimum = "0", maximum = PageParams.MAX_PAGE_TEXT) int page,
    @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_TEXT) int size,
    @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long totalItems,
    @Schema(required = true, minimum = "0", maximum = "2147483647") int totalPages) {

  public static <T> Page<T> of(List<T> items, PageParams params, long totalItems) {
    int pages = (int) ((totalItems + params.size - 1) / params.size);
    return new Page<>(items, params.page, params.size, totalItems, pages);
  }

  /** Runs a Panache query for one page (a count and a limited select) and maps its rows. */
  public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
    long total = query.count();
    List<T> items =
        query.page(io.quarkus.panache.common.Page.of(params.page, params.size)).list().stream()
            .map(mapper)
            .toList();
    return of(items, params, total);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
