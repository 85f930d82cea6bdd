package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * Every string has its column's length (issue 10: a field took 1 MB, even 10 MB). Over it is a 400
 * naming the field; a body over the JSON limit (2 MB) a 413; nothing is stored either way.
 */
@QuarkusTest
class StringLengthTest {

  @Test
  void aOneMegabyteNameIs400NamingTheField() {
    String code = Api.unique("SL");
    Api.admin()
        .body(Api.unitBody(code, "a".repeat(1_000_000), "PROVINCE", null))
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("name"))
        .body("violations[0].field", is("name"))
        .body("violations[0].in", is("body"))
        .body("violations[0].message", containsString("200"));
    Api.viewer().get("/api/units/{c}", code).then().statusCode(404);
  }

  /**
   * The body is refused on its Content-Length, before it is read, so the client reads the 413 while
   * it is still sending (the server drops what comes, then closes the connection).
   */
  @Test
  void aTenMegabyteValueIs413() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    byte[] body =
        ("{\"value\":1,\"note\":\"" + "a".repeat(10_000_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    String answer =
        sendWhileReading(
            "PUT /api/observations/%s/%s/2019/OFFICIAL".formatted(indicator, unit), body);
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    var problem = JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertEquals(413, problem.getInt("status"));
    assertTrue(problem.getString("detail").contains("2 MB"), problem.getString("detail"));
    Api.viewer()
        .get("/api/observations/{i}/{u}/2019/OFFICIAL", indicator, unit)
        .then()
        .statusCode(404);
  }

  /** The answer to a JSON request whose body is written on another thread, as it is read. */
  private static String sendWhileReading(String requestLine, byte[] body) throws Exception {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          requestLine
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
              + TestTokens.admin()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread writer =
          new Thread(
              () -> {
                try {
                  out.write(body);
                } catch (java.io.IOException closedByTheServer) {
                  // expected once the server has answered and dropped enough
                }
              });
      writer.start();
      String answer = readAnswer(socket.getInputStream());
      socket.close();
      writer.join(10_000);
      return answer;
    }
  }

  /** The status line, the headers and a body of Content-Length bytes. */
  private static String readAnswer(InputStream in) throws java.io.IOException {
    var head = new java.io.ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
    byte[] content = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return headers + new String(content, StandardCharsets.UTF_8);
  }

  @Test
  void aTextColumnHasTheLimitTheApiStates() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.admin()
        .body(Map.of("value", 1, "note", "a".repeat(2001)))
        .put("/api/observations/{i}/{u}/2019/OFFICIAL", indicator, unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("note"));
    Api.admin()
        .body(Map.of("value", 1, "note", "a".repeat(2000)))
        .put("/api/observations/{i}/{u}/2019/OFFICIAL", indicator, unit)
        .then()
        .statusCode(201);
  }
}
