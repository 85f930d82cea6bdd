package vn.khaosat.cadre.api;

/**
 * The forms of the codes and ids the API takes, as their columns hold them, written once so that a
 * body field, a filter and a path parameter refuse the same things.
 */
public final class Codes {

  /**
   * A unit code of indicators-service (mã đơn vị hành chính), varchar(16). It starts with a letter
   * or digit, so that "." or ".." never reach indicators-service's path as another address.
   */
  public static final String UNIT = "[0-9A-Za-z][0-9A-Za-z._-]{0,15}";

  public static final int UNIT_LENGTH = 16;

  /** A term (nhiệm kỳ), "2015-2020", varchar(9). */
  public static final String TERM = "\\d{4}-\\d{4}";

  public static final int TERM_LENGTH = 9;

  /** A rule set's code, varchar(40). */
  public static final String RULE_SET = "[A-Za-z0-9._-]{1,40}";

  public static final int RULE_SET_LENGTH = 40;

  /** Ids come from sequences that start at 1. */
  public static final long MIN_ID = 1;

  public static final long MAX_ID = Long.MAX_VALUE;

  /** An ETag list in If-Match ("3", W/"3", *): a few versions at most. */
  public static final int IF_MATCH_LENGTH = 200;

  /** A user name as tokens carry it and revision_info.author holds it, varchar(200). */
  public static final int USER_LENGTH = 200;

  private Codes() {}
}
