package vn.khaosat.testing.roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of operations and roles a README shows under the line {@value #MARKER}, compared with
 * what the resources declare ({@link RoleTable}). The failure prints the table the code gives, to
 * paste into the README when the change was meant.
 */
public final class ReadmeTable {

  public static final String MARKER = "<!-- operations and roles: checked against the code -->";

  private ReadmeTable() {}

  /** Fails unless every operation declares who may call it and the README's table says the same. */
  public static void assertMatches(Path readme, String basePackage) {
    List<RoleTable.Row> declared = RoleTable.of(basePackage);
    if (declared.isEmpty()) {
      throw new AssertionError("no JAX-RS resource found under " + basePackage);
    }
    List<String> undeclared =
        declared.stream()
            .filter(r -> r.roles().equals(RoleTable.UNDECLARED))
            .map(RoleTable.Row::operation)
            .toList();
    if (!undeclared.isEmpty()) {
      throw new AssertionError("operations that declare no roles: " + undeclared);
    }
    String expected = RoleTable.markdown(declared);
    String shown = tableIn(readme);
    if (!expected.equals(shown)) {
      throw new AssertionError(
          readme
              + " does not show the roles the code declares. The code's table:\n"
              + expected
              + "\nThe README's table:\n"
              + shown);
    }
  }

  /** The Markdown table right after the marker line, header included; empty when there is none. */
  static String tableIn(Path readme) {
    List<String> lines;
    try {
      lines = Files.readAllLines(readme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = lines.indexOf(MARKER);
    if (at < 0) {
      throw new AssertionError(readme + " has no line " + MARKER);
    }
    List<String> table = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      table.add(lines.get(i).strip() + "\n");
    }
    return String.join("", table);
  }
}
