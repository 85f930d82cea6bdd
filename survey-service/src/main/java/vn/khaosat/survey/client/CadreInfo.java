package vn.khaosat.survey.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A cadre of cadre-service as any reader sees it: no personal field. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CadreInfo(long id, String fullName, String unitCode, List<Post> posts, long version) {

  /** A post held from {@code startDate}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Post(String title, LocalDate startDate) {}

  /** The post held on {@code day}: the latest one started by then, or null. */
  public String titleOn(LocalDate day) {
    if (posts == null) {
      return null;
    }
    return posts.stream()
        .filter(p -> p.startDate() == null || !p.startDate().isAfter(day))
        .max(Comparator.comparing(p -> p.startDate() == null ? LocalDate.MIN : p.startDate()))
        .map(Post::title)
        .orElse(null);
  }
}
