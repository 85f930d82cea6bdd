package vn.khaosat.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The resources of a rendered overlay, found by kind and name. */
final class Rendered {

  final List<HasMetadata> all;

  Rendered(List<HasMetadata> all) {
    this.all = all;
  }

  <T extends HasMetadata> List<T> of(Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> T find(Class<T> type, String name) {
    return of(type).stream()
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  <T extends HasMetadata> T one(Class<T> type, String name) {
    T found = find(type, name);
    if (found == null) {
      throw new AssertionError("no " + type.getSimpleName() + " " + name);
    }
    return found;
  }

  /** The Deployments whose pods carry every label of {@code selector}. */
  List<String> deploymentsSelectedBy(Map<String, String> selector) {
    return of(Deployment.class).stream()
        .filter(
            d ->
                d.getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels()
                    .entrySet()
                    .containsAll(selector.entrySet()))
        .map(d -> d.getMetadata().getName())
        .toList();
  }

  /** The Secrets a container takes variables from. */
  List<String> referencedSecrets(Container container) {
    List<String> names = new ArrayList<>();
    container.getEnv().stream()
        .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
        .forEach(e -> names.add(e.getValueFrom().getSecretKeyRef().getName()));
    container.getEnvFrom().stream()
        .filter(e -> e.getSecretRef() != null)
        .forEach(e -> names.add(e.getSecretRef().getName()));
    return names;
  }
}
