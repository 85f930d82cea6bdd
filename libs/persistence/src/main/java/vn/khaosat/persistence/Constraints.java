package vn.khaosat.persistence;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/** The name of the constraint a PostgreSQL error names, for a message; never the SQL itself. */
final class Constraints {

  private static final Pattern QUOTED = Pattern.compile("constraint [\"«]?([A-Za-z0-9_]+)");

  private Constraints() {}

  static String name(SQLException sql) {
    if (sql instanceof PSQLException psql
        && psql.getServerErrorMessage() != null
        && psql.getServerErrorMessage().getConstraint() != null) {
      return psql.getServerErrorMessage().getConstraint();
    }
    Matcher quoted = QUOTED.matcher(String.valueOf(sql.getMessage()));
    return quoted.find() ? quoted.group(1) : "?";
  }
}
