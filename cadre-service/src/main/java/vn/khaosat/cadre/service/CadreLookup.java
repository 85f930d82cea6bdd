package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.problem.ApiProblem;

/** Cadres fetched by id in one query, for lists of members and candidates. */
@ApplicationScoped
public class CadreLookup {

  /** The cadres of {@code ids} by id, or a 400 problem on {@code field} naming the unknown ones. */
  public Map<Long, Cadre> requireAll(Collection<Long> ids, String field) {
    Map<Long, Cadre> found = load(ids);
    Set<Long> unknown = new TreeSet<>(ids);
    unknown.removeAll(found.keySet());
    if (!unknown.isEmpty()) {
      throw ApiProblem.invalidField(
          field,
          "cadre.unknown",
          unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return found;
  }

  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    load(ids).forEach((id, cadre) -> names.put(id, cadre.fullName));
    return names;
  }

  private static Map<Long, Cadre> load(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Cadre> cadres = Cadre.list("id in ?1", Set.copyOf(ids));
    return cadres.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
  }
}
