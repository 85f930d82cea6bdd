package vn.khaosat.testing.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Path parameter values the test gives, each for the paths under a prefix. */
final class PathValues {

  private record Value(String prefix, String name, String value) {}

  private final List<Value> values = new ArrayList<>();

  void put(String prefix, String name, String value) {
    values.add(new Value(prefix, name, value));
  }

  Optional<String> of(String path, String name) {
    return values.stream()
        .filter(v -> v.name().equals(name) && path.startsWith(v.prefix()))
        .max(Comparator.comparingInt(v -> v.prefix().length()))
        .map(Value::value);
  }
}
