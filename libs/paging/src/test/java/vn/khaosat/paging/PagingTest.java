package vn.khaosat.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void totalPagesRoundUp() {
    Page<String> page = Page.of(List.of("a", "b"), new PageParams(2, 20), 42);
    assertEquals(3, page.totalPages());
    assertEquals(42, page.totalItems());
    assertEquals(40, new PageParams(2, 20).offset());
    assertEquals(0, Page.of(List.of(), new PageParams(0, 20), 0).totalPages());
  }

  @Test
  void mapKeepsThePaging() {
    Page<Integer> lengths =
        Page.of(List.of("ab", "c"), new PageParams(1, 2), 4).map(String::length);
    assertEquals(List.of(2, 1), lengths.items());
    assertEquals(1, lengths.page());
    assertEquals(2, lengths.totalPages());
  }

  @Test
  void searchTextFoldsVietnameseLikeUnaccent() {
    assertEquals("huyen dak song", SearchText.fold("Huyện Đắk Song"));
    assertEquals("dak r'lap", SearchText.fold("ĐẮK R'LẤP"));
    assertEquals("%50\\%\\_x%", SearchText.containsPattern("50%_x"));
  }

  @Test
  void filtersLeaveOutAbsentValues() {
    Filters filters =
        new Filters().add("a = :a", "a", null).add("b = :b", "b", " ").add("c = :c", "c", 3);
    assertEquals("c = :c", filters.query());
    assertEquals("1 = 1", new Filters().query());
  }
}
