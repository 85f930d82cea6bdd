package vn.khaosat.testing.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * Requests as the roles of the suite, signed by the test key pair, and the numbering of codes no
 * other test uses. Each service's {@code Api} extends it with the fixtures it makes through its own
 * API, so that a test says {@code Api.admin()} or {@code Api.createCadre(…)} alike.
 */
public class ApiRequests {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  protected ApiRequests() {}

  public static RequestSpecification admin() {
    return withToken(TestTokens.admin());
  }

  public static RequestSpecification viewer() {
    return withToken(TestTokens.viewer());
  }

  /** A user {@code <role>-user} holding {@code role} for {@code units}. */
  public static RequestSpecification as(String role, String... units) {
    return withToken(TestTokens.bearer(role + "-user", Set.of(role), units));
  }

  public static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }

  /** A JSON request carrying {@code bearer} ({@code "Bearer …"}) as its Authorization. */
  public static RequestSpecification withToken(String bearer) {
    return given().header("Authorization", bearer).contentType(ContentType.JSON);
  }

  /** The next number of this test run, for codes and names no other test uses. */
  public static int next() {
    return SEQUENCE.incrementAndGet();
  }

  /** The {@code id} of what a create answered. */
  public static long id(ValidatableResponse created) {
    return created.extract().jsonPath().getLong("id");
  }
}
