package vn.khaosat.survey;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.roles.ReadmeTable;

/** Every operation declares who may call it, and README.md shows the same table. */
class RolesReadmeTest {

  /**
   * The resources live under {@code api}; the REST client interfaces of {@code client} carry
   * {@code @Path} too, and are no operations of this service.
   */
  @Test
  void theReadmeShowsTheRolesTheResourcesDeclare() {
    ReadmeTable.assertMatches(Path.of("README.md"), "vn.khaosat.survey.api");
  }
}
