package vn.khaosat.testing.jwt;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Generates an RSA key pair for a test run: the service verifies tokens with the public key, and
 * {@link TestTokens} signs them with the private one. Nothing here exists outside tests.
 */
public class JwtKeysTestResource implements QuarkusTestResourceLifecycleManager {

  public static final String ISSUER = "https://khaosat.test/issuer";

  @Override
  public Map<String, String> start() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Path dir = Files.createTempDirectory("khaosat-jwt");
      Path publicKey =
          write(dir.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
      Path privateKey =
          write(dir.resolve("private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
      return Map.of(
          "mp.jwt.verify.publickey.location",
          publicKey.toAbsolutePath().toString(),
          "mp.jwt.verify.issuer",
          ISSUER,
          "smallrye.jwt.sign.key.location",
          privateKey.toAbsolutePath().toString(),
          "smallrye.jwt.new-token.issuer",
          ISSUER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path write(Path file, String type, byte[] der) throws IOException {
    String pem =
        "-----BEGIN "
            + type
            + "-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END "
            + type
            + "-----\n";
    return Files.writeString(file, pem);
  }

  @Override
  public void stop() {
    // the temporary key files go with the JVM's temp directory
  }
}
