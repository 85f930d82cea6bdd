package vn.khaosat.images;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A container healthcheck for images without a shell or curl: exits 0 when the URL answers 200 with
 * an UP status, 1 otherwise. docker-compose.yml runs it with the image's own java.
 */
public final class HealthProbe {

  private HealthProbe() {}

  public static void main(String[] args) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
      connection.setConnectTimeout(2000);
      connection.setReadTimeout(2000);
      try (InputStream body = connection.getInputStream()) {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        System.exit(connection.getResponseCode() == 200 && text.contains("\"UP\"") ? 0 : 1);
      }
    } catch (Exception unhealthy) {
      System.out.println(unhealthy);
      System.exit(1);
    }
  }
}
