package vn.khaosat.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kubernetes manifests read into fabric8's model (no cluster): a file of several documents, or an
 * overlay rendered by {@code kubectl kustomize}. Kinds the model does not know (CloudNativePG's)
 * come back as {@code GenericKubernetesResource}.
 */
final class Manifests {

  static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("kubernetes");

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Manifests() {}

  static List<HasMetadata> parse(String yaml) {
    List<HasMetadata> resources = new ArrayList<>();
    for (String document : yaml.split("(?m)^---\\s*$")) {
      if (document.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("#"))) {
        continue;
      }
      KubernetesResource resource = SERIALIZATION.unmarshal(document, KubernetesResource.class);
      if (!(resource instanceof HasMetadata named)) {
        throw new IllegalArgumentException("not a named resource: " + document);
      }
      resources.add(named);
    }
    return resources;
  }

  static List<HasMetadata> parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The overlay as {@code kubectl kustomize} renders it. */
  static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
    Path dir = ROOT.resolve("overlays").resolve(overlay);
    Process kubectl =
        new ProcessBuilder("kubectl", "kustomize", dir.toString())
            .redirectErrorStream(false)
            .start();
    byte[] out = kubectl.getInputStream().readAllBytes();
    String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
      throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
    }
    return parse(new String(out, StandardCharsets.UTF_8));
  }

  /**
   * The places in a typed resource where the model kept fields it does not know (a misspelt {@code
   * readinesProbe} lands there instead of failing): empty for a manifest the model takes whole.
   */
  static List<String> unknownFields(Object resource) {
    List<String> found = new ArrayList<>();
    walk(resource, resource.getClass().getSimpleName(), found, new IdentityHashMap<>());
    return found;
  }

  private static void walk(
      Object value, String where, List<String> found, Map<Object, Object> seen) {
    if (value == null || seen.put(value, value) != null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, where + "[" + i++ + "]", found, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, where + "." + k, found, seen));
      return;
    }
    if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")
        || value.getClass().getSimpleName().equals("GenericKubernetesResource")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child;
      try {
        child = getter.invoke(value);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          found.add(where + ": " + extra.keySet());
        }
      } else {
        walk(child, where + "." + getter.getName().substring(3), found, seen);
      }
    }
  }

  static List<String> strings(String... values) {
    return Arrays.asList(values);
  }
}
