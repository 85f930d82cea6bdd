package vn.khaosat.security;

/** The roles of the suite, carried in the token's {@code groups} claim. */
public final class Roles {

  public static final String VIEWER = "viewer";
  public static final String STATISTICIAN = "statistician";
  public static final String ORGANIZER = "organizer";
  public static final String INSPECTOR = "inspector";
  public static final String SECRETARY = "secretary";
  public static final String ADMIN = "admin";

  private Roles() {}
}
