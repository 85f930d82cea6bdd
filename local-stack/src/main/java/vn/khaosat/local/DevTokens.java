package vn.khaosat.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** RS256 development tokens signed with dev/keys/private.pem: for the local stack only. */
public final class DevTokens {

  static final Path PRIVATE_KEY = Path.of("dev", "keys", "private.pem");
  static final Path PUBLIC_KEY = Path.of("dev", "keys", "public.pem");
  static final String ISSUER = "https://khaosat.local/issuer";

  private DevTokens() {}

  public static String mint(String user, List<String> roles, List<String> units, Duration life)
      throws IOException, GeneralSecurityException {
    long now = Instant.now().getEpochSecond();
    String payload =
        "{\"iss\":\"%s\",\"upn\":\"%s\",\"sub\":\"%s\",\"groups\":%s,\"units\":%s,\"iat\":%d,\"exp\":%d}"
            .formatted(ISSUER, user, user, json(roles), json(units), now, now + life.toSeconds());
    String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(payload);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(privateKey());
    signature.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
  }

  private static PrivateKey privateKey() throws IOException, GeneralSecurityException {
    String pem =
        Files.readString(PRIVATE_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  private static String json(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
