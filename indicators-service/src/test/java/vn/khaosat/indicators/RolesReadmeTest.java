package vn.khaosat.indicators;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.roles.ReadmeTable;

/** The README's table of operations and roles is the one the resources declare. */
class RolesReadmeTest {

  @Test
  void readmeShowsWhoMayCallEachOperation() {
    ReadmeTable.assertMatches(Path.of("README.md"), "vn.khaosat.indicators");
  }
}
