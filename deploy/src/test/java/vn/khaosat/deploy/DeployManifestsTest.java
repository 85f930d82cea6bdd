package vn.khaosat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes, checked without a cluster: every manifest of the base parses into fabric8's
 * model with no field it does not know, and each overlay, rendered by {@code kubectl kustomize},
 * holds together: images, probes, resources, selectors and ports agree, autoscalers and budgets
 * find their Deployments, only the gateway is open to the outside, every database a service names
 * is one the PostgreSQL cluster makes.
 */
class DeployManifestsTest {

  static final List<String> SERVICES =
      List.of("indicators-service", "cadre-service", "survey-service", "gateway");
  private static final AtomicInteger VALIDATED = new AtomicInteger();

  @AfterAll
  static void count() {
    System.out.println("[deploy] manifests validated: " + VALIDATED.get());
  }

  @Test
  void everyManifestOfTheBaseParsesIntoTheModelWithNoUnknownField() throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Manifests.ROOT.resolve("base"))) {
      files = listed.filter(f -> !f.endsWith("kustomization.yaml")).sorted().toList();
    }
    assertEquals(8, files.size(), files.toString());
    List<String> unknown = new ArrayList<>();
    Set<String> kinds = new java.util.TreeSet<>();
    for (Path file : files) {
      for (HasMetadata resource : Manifests.parse(file)) {
        VALIDATED.incrementAndGet();
        kinds.add(resource.getKind());
        assertNotNull(resource.getMetadata().getName(), file + ": a name");
        Manifests.unknownFields(resource).forEach(u -> unknown.add(file.getFileName() + " " + u));
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(
        kinds.containsAll(
            Set.of(
                "Deployment",
                "Service",
                "ConfigMap",
                "Secret",
                "HorizontalPodAutoscaler",
                "PodDisruptionBudget",
                "NetworkPolicy",
                "Ingress",
                "Cluster",
                "Database")),
        kinds.toString());
  }

  @Test
  void aMisspeltFieldIsFound() {
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: typo}
        spec:
          selector: {matchLabels: {app: typo}}
          template:
            metadata: {labels: {app: typo}}
            spec:
              containers:
                - name: typo
                  image: typo:1
                  readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
        """;
    List<String> unknown = Manifests.unknownFields(Manifests.parse(deployment).get(0));
    assertEquals(1, unknown.size(), unknown.toString());
    assertTrue(unknown.get(0).contains("readinesProbe"), unknown.toString());
  }

  @Test
  void theDevOverlayImportsTheDevRealmAsDevKeycloakHasIt() throws Exception {
    Path root = Manifests.ROOT.getParent().getParent();
    assertEquals(
        Files.readString(root.resolve("dev/keycloak/khaosat-realm.json")),
        Files.readString(Manifests.ROOT.resolve("overlays/dev/khaosat-realm.json")),
        "copy dev/keycloak/khaosat-realm.json to deploy/kubernetes/overlays/dev/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "production"})
  void theRenderedOverlayHoldsTogether(String overlay) throws Exception {
    Rendered r = new Rendered(Manifests.render(overlay));
    VALIDATED.addAndGet(r.all.size());
    List<String> unknown = new ArrayList<>();
    r.all.forEach(res -> Manifests.unknownFields(res).forEach(u -> unknown.add(overlay + " " + u)));
    assertEquals(List.of(), unknown);

    Set<String> tags = new java.util.HashSet<>();
    for (String service : SERVICES) {
      Deployment deployment = r.one(Deployment.class, service);
      var pod = deployment.getSpec().getTemplate();
      assertEquals(
          deployment.getSpec().getSelector().getMatchLabels(),
          subset(
              pod.getMetadata().getLabels(), deployment.getSpec().getSelector().getMatchLabels()),
          service + ": the selector selects its pods");
      assertEquals(Boolean.TRUE, pod.getSpec().getSecurityContext().getRunAsNonRoot(), service);
      Container container = pod.getSpec().getContainers().get(0);
      String image = container.getImage();
      assertTrue(image.matches(".*khaosat/" + service + ":[\\w.-]+"), service + " image " + image);
      assertFalse(image.endsWith(":latest"), image);
      tags.add(image.substring(image.lastIndexOf(':') + 1));
      var resources = container.getResources();
      for (String kind : List.of("cpu", "memory")) {
        assertNotNull(resources.getRequests().get(kind), service + " requests " + kind);
        assertNotNull(resources.getLimits().get(kind), service + " limits " + kind);
      }
      assertProbe(container, container.getReadinessProbe(), "/q/health/ready");
      assertProbe(container, container.getLivenessProbe(), "/q/health/live");
      assertProbe(container, container.getStartupProbe(), "/q/health/started");

      ConfigMap config = r.one(ConfigMap.class, service);
      // the heap bound bench/compare.sh measured (P6), with room beside it under the limit
      long heapMb = service.equals("gateway") ? 96 : 256;
      assertTrue(
          config.getData().getOrDefault("JAVA_TOOL_OPTIONS", "").contains("-Xmx" + heapMb + "m"),
          service + ": JAVA_TOOL_OPTIONS bounds the heap");
      assertTrue(
          Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue()
              >= 2 * heapMb * 1024 * 1024,
          service + ": the memory limit holds twice the heap");
      int port = Integer.parseInt(config.getData().get("PORT"));
      assertEquals(
          List.of(port),
          container.getPorts().stream().map(ContainerPort::getContainerPort).toList(),
          service + ": PORT is the container's port");
      assertTrue(
          config
              .getData()
              .get("JWT_PUBLIC_KEY_LOCATION")
              .startsWith("http://keycloak:8080/realms/khaosat/"),
          service);
      r.referencedSecrets(container)
          .forEach(
              secret ->
                  assertNotNull(r.find(Secret.class, secret), service + " needs Secret " + secret));

      Service svc = r.one(Service.class, service);
      assertEquals(
          svc.getSpec().getSelector(),
          subset(pod.getMetadata().getLabels(), svc.getSpec().getSelector()),
          service + ": the Service selects its pods");
      assertEquals(
          port,
          resolve(container, svc.getSpec().getPorts().get(0).getTargetPort()),
          service + ": Service targetPort");

      HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, service);
      assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
      assertNotNull(r.find(Deployment.class, hpa.getSpec().getScaleTargetRef().getName()));
      assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());

      PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class, service);
      Map<String, String> pdbSelector = pdb.getSpec().getSelector().getMatchLabels();
      assertEquals(
          List.of(service),
          r.deploymentsSelectedBy(pdbSelector),
          service + ": the budget covers its pods and no others");
    }
    assertEquals(1, tags.size(), "the four services are released together: " + tags);

    // each database a service names is made by the PostgreSQL cluster
    GenericKubernetesResource cluster = r.one(GenericKubernetesResource.class, "khaosat-db");
    Set<String> databases = new java.util.HashSet<>();
    databases.add((String) at(cluster, "spec", "bootstrap", "initdb", "database"));
    r.all.stream()
        .filter(x -> x.getKind().equals("Database"))
        .forEach(d -> databases.add((String) at((GenericKubernetesResource) d, "spec", "name")));
    for (String service : List.of("indicators-service", "cadre-service", "survey-service")) {
      String url = r.one(ConfigMap.class, service).getData().get("DB_URL");
      assertTrue(url.startsWith("jdbc:postgresql://khaosat-db-rw:5432/"), url);
      assertTrue(
          databases.contains(url.substring(url.lastIndexOf('/') + 1)), url + " in " + databases);
    }
    if (overlay.equals("production")) {
      assertEquals(3, ((Number) at(cluster, "spec", "instances")).intValue());
      assertNotNull(at(cluster, "spec", "backup", "barmanObjectStore", "destinationPath"));
      int gateways = r.one(Deployment.class, "gateway").getSpec().getReplicas();
      assertEquals(3, gateways);
      // the buckets are per gateway: the suite's limit (600 a minute) is shared among them
      var limits = r.one(ConfigMap.class, "gateway").getData();
      assertEquals(600, gateways * Integer.parseInt(limits.get("RATE_LIMIT_PER_MINUTE")));
      assertEquals(120, gateways * Integer.parseInt(limits.get("RATE_LIMIT_BURST")));
    }

    // only the gateway is open: everything is denied, then each pod opened to its callers
    List<NetworkPolicy> policies = r.of(NetworkPolicy.class);
    assertTrue(
        policies.stream().anyMatch(p -> selectsAll(p) && p.getSpec().getIngress().isEmpty()),
        "a default deny");
    List<String> openToAll =
        policies.stream()
            .filter(
                p -> p.getSpec().getIngress().stream().anyMatch(rule -> rule.getFrom().isEmpty()))
            .map(p -> p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
            .toList();
    assertEquals(List.of("gateway"), openToAll);
    Ingress ingress = r.one(Ingress.class, "gateway");
    var backend =
        ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
    assertEquals("gateway", backend.getName());
    assertEquals(
        r.one(Service.class, "gateway").getSpec().getPorts().get(0).getName(),
        backend.getPort().getName());
  }

  private static boolean selectsAll(NetworkPolicy policy) {
    var selector = policy.getSpec().getPodSelector();
    return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
        && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
  }

  private static void assertProbe(Container container, Probe probe, String path) {
    assertNotNull(probe, container.getName() + " probe " + path);
    assertEquals(path, probe.getHttpGet().getPath(), container.getName());
    resolve(container, probe.getHttpGet().getPort());
  }

  /** The container port a named or numbered port is; fails when the container has none such. */
  private static int resolve(Container container, IntOrString port) {
    return container.getPorts().stream()
        .filter(
            p ->
                port.getIntVal() != null
                    ? p.getContainerPort().equals(port.getIntVal())
                    : port.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError(container.getName() + " has no port " + port));
  }

  private static Map<String, String> subset(
      Map<String, String> labels, Map<String, String> selector) {
    return labels.entrySet().stream()
        .filter(e -> selector.containsKey(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Object at(GenericKubernetesResource resource, String... path) {
    Object value = resource.getAdditionalProperties();
    for (String key : path) {
      value = value instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return value;
  }
}
