package vn.khaosat.indicators.domain;

/**
 * The sizes of the columns of the schema (db/migration), shared by the request records, the answers
 * and the CSV import, so that every value is refused where it is read rather than by the database,
 * and the document states the same limits. A {@code text} column has no size of its own: its limit
 * here is the one the API enforces.
 */
public final class ColumnLimits {

  public static final int UNIT_CODE = 16;
  public static final int UNIT_NAME = 200;
  public static final int INDICATOR_CODE = 40;
  public static final int INDICATOR_NAME = 300;
  public static final int UNIT_OF_MEASURE = 40;
  public static final int STRUCTURE_GROUP = 40;
  public static final int TERM_CODE = 9;
  public static final int RESOLUTION_TITLE = 500;
  public static final int DOCUMENT_NUMBER = 60;
  public static final int SOURCE = 300;
  public static final int POVERTY_STANDARD = 40;

  /** {@code observation_revision.reason}: why a figure changed. */
  public static final int REASON = 500;

  /** {@code observation_revision.changed_by}: the token's user name. */
  public static final int USER_NAME = 200;

  /** {@code observation_revision.request_id}: an X-Request-Id as libs/request-id takes it. */
  public static final int REQUEST_ID = 128;

  /** {@code observation.note} is text. */
  public static final int NOTE = 2000;

  /** {@code target.wording} is text. */
  public static final int WORDING = 2000;

  /** The successors or predecessors one unit names. */
  public static final int SUCCESSION_CODES = 50;

  /** {@code numeric(24, 6)}: 18 digits before the point, 6 after. */
  public static final int VALUE_INTEGER_DIGITS = 18;

  public static final int VALUE_FRACTION_DIGITS = 6;
  public static final String VALUE_MAX = "999999999999999999.999999";
  public static final String VALUE_MIN = "-999999999999999999.999999";

  /** A bigserial id. */
  public static final long ID_MAX = Long.MAX_VALUE;

  /**
   * The INCREMENT of every id sequence (V6__id_sequences.sql) and so Hibernate's allocationSize:
   * ids are handed out in blocks of this many, so that inserts can be batched.
   */
  public static final int ID_BLOCK = 50;

  /** {@code observation.year}'s check; every year the API takes lies within it. */
  public static final int YEAR_MIN = 1900;

  public static final int YEAR_MAX = 2200;

  /**
   * A reported average growth, in % a year: never below −100. Its digits are not bounded in the
   * document: a multipleOf of 0.000001 is checked in floating point, where 8.8 is no multiple.
   */
  public static final String RATE_MIN = "-100";

  public static final String RATE_MAX = "100000";

  /** A text the service writes from its templates: an explanation, a warning, a reason. */
  public static final int MESSAGE = 1000;

  /** A code or label the service writes: a status label, a reason code, a warning code. */
  public static final int LABEL = 40;

  /** An If-Match header: one or a few entity tags. */
  public static final int IF_MATCH = 200;

  private ColumnLimits() {}
}
