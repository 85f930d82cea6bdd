package vn.khaosat.cadre;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.roles.ReadmeTable;

/**
 * The README's table of operations and roles is the one the resources declare (under {@code api}:
 * the REST client interfaces of {@code client} carry {@code @Path} too, and are not operations).
 */
class ReadmeRolesTest {

  @Test
  void theReadmeShowsWhoMayCallEachOperation() {
    ReadmeTable.assertMatches(Path.of("README.md"), "vn.khaosat.cadre.api");
  }
}
