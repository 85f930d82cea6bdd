package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Sends every operation of an OpenAPI document its bad inputs ({@link BadInputs}, and in the long
 * mode {@link RandomInputs} too) and checks each answer ({@link Verdict}) and, after each
 * operation, that no row of the watched databases changed.
 *
 * <pre>{@code
 * FuzzReport report = BoundaryFuzz.against(URI.create("http://localhost:8081"))
 *     .document(openApiJson).bearer(token).pathValue("code", "665")
 *     .database(new DatabaseSnapshot.Source("indicators", url, user, password))
 *     .run();
 * report.assertClean();
 * }</pre>
 */
public final class BoundaryFuzz {

  private static final int IN_FLIGHT = 4;

  private final URI base;
  private JsonNode document;
  private String bearer;
  private final PathValues pathValues = new PathValues();
  private final BodyValues bodyValues = new BodyValues();
  private final List<DatabaseSnapshot.Source> databases = new ArrayList<>();
  private Predicate<ApiOperationView> include = op -> true;
  private FuzzMode mode = FuzzMode.fromEnvironment();

  /** What a caller may filter operations on. */
  public record ApiOperationView(String method, String path, String operationId) {}

  private BoundaryFuzz(URI base) {
    this.base = base;
  }

  public static BoundaryFuzz against(URI base) {
    return new BoundaryFuzz(base);
  }

  public BoundaryFuzz document(String json) {
    try {
      this.document = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not an OpenAPI document", e);
    }
    return this;
  }

  public BoundaryFuzz bearer(String token) {
    this.bearer = token.startsWith("Bearer ") ? token : "Bearer " + token;
    return this;
  }

  /** The value of a path parameter, so that operations reach an existing resource. */
  public BoundaryFuzz pathValue(String name, String value) {
    pathValues.put("", name, value);
    return this;
  }

  /** The same, only for paths that start with {@code pathPrefix} (the longest prefix wins). */
  public BoundaryFuzz pathValue(String pathPrefix, String name, String value) {
    pathValues.put(pathPrefix, name, value);
    return this;
  }

  /** The value of a field wherever it appears in example bodies (ids of fixtures, free codes). */
  public BoundaryFuzz bodyValue(String field, Object value) {
    bodyValues.put("", field, value);
    return this;
  }

  /** The same, for one operation only. */
  public BoundaryFuzz bodyValue(String operationId, String field, Object value) {
    bodyValues.put(operationId, field, value);
    return this;
  }

  public BoundaryFuzz database(DatabaseSnapshot.Source source) {
    databases.add(source);
    return this;
  }

  public BoundaryFuzz only(Predicate<ApiOperationView> include) {
    this.include = include;
    return this;
  }

  public BoundaryFuzz mode(FuzzMode mode) {
    this.mode = mode;
    return this;
  }

  public FuzzReport run() {
    long started = System.nanoTime();
    FuzzReport report = new FuzzReport();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<ApiOperation> operations = ApiOperation.all(document);
    Map<String, Set<String>> methods = new HashMap<>();
    operations.forEach(
        op -> methods.computeIfAbsent(op.path(), p -> new HashSet<>()).add(op.method()));
    BadInputs inputs = new BadInputs(document, pathValues, bodyValues);
    RandomInputs random = new RandomInputs(inputs, mode);
    boolean exampleAnswered = false;
    for (ApiOperation op : operations) {
      if (!include.test(new ApiOperationView(op.method(), op.path(), op.id()))) {
        continue;
      }
      Map<String, String> before =
          exampleAnswered ? DatabaseSnapshot.settled(databases) : DatabaseSnapshot.take(databases);
      exampleAnswered = false;
      List<Attempt> attempts = new ArrayList<>(inputs.of(op, methods.get(op.path())));
      attempts.addAll(random.of(op));
      send(client, attempts, report);
      List<String> changed = DatabaseSnapshot.changes(before, DatabaseSnapshot.take(databases));
      if (!changed.isEmpty()) {
        report.rowsChanged(op, changed);
      }
      if (op.takesJson()) {
        // after the check: the example itself may write, and should
        Attempt valid = inputs.valid(op);
        HttpResponse<byte[]> answer =
            client.sendAsync(request(valid), HttpResponse.BodyHandlers.ofByteArray()).join();
        exampleAnswered = answer.statusCode() < 300;
        report.base(
            op,
            answer.statusCode(),
            new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    report.elapsed(Duration.ofNanos(System.nanoTime() - started));
    return report;
  }

  private void send(HttpClient client, List<Attempt> attempts, FuzzReport report) {
    for (int i = 0; i < attempts.size(); i += IN_FLIGHT) {
      List<CompletableFuture<Void>> batch = new ArrayList<>();
      for (Attempt attempt : attempts.subList(i, Math.min(i + IN_FLIGHT, attempts.size()))) {
        batch.add(
            client
                .sendAsync(request(attempt), HttpResponse.BodyHandlers.ofByteArray())
                .handle(
                    (response, error) -> {
                      report.record(
                          attempt,
                          error != null
                              ? Optional.of("no answer: " + error)
                              : Verdict.of(response));
                      return null;
                    }));
      }
      batch.forEach(CompletableFuture::join);
    }
  }

  private HttpRequest request(Attempt attempt) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + attempt.target()))
            .timeout(Duration.ofSeconds(60))
            .method(
                attempt.method(),
                attempt.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
    if (bearer != null) {
      builder.header("Authorization", bearer);
    }
    builder.header("Accept", attempt.operation().accept());
    attempt.headers().forEach(builder::setHeader);
    return builder.build();
  }
}
