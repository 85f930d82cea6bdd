package vn.khaosat.survey.api.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;

/**
 * Sessions' views as last written, each with the version and day it was made for, bounded by their
 * bytes: a few large minutes cannot take more of the heap than many small ones.
 */
final class KeptViews {

  /** A session's answer: its JSON, and the version and day it shows. */
  record View(byte[] body, long version, LocalDate day) {}

  private final Cache<Long, View> views;

  KeptViews(long bytes) {
    this.views =
        Caffeine.newBuilder()
            .maximumWeight(bytes)
            .<Long, View>weigher((id, view) -> view.body().length)
            .build();
  }

  /** The view kept of session {@code id} if it was made on {@code day}, else null. */
  View of(long id, LocalDate day) {
    View kept = views.getIfPresent(id);
    return kept != null && kept.day().equals(day) ? kept : null;
  }

  void keep(long id, View view) {
    views.put(id, view);
  }

  /** The bytes kept, once the evictions due have run. */
  long bytes() {
    views.cleanUp();
    return views.asMap().values().stream().mapToLong(v -> v.body().length).sum();
  }
}
