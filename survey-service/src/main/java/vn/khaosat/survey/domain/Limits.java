package vn.khaosat.survey.domain;

/**
 * The boundary of the API in numbers: the lengths of the columns (V1__schema.sql), the maximum
 * chosen for each TEXT column, and how many parts a session holds. Requests are validated against
 * them and the OpenAPI document carries them, for answers too.
 */
public final class Limits {

  /** An official unit code of indicators-service: letters, digits, '.', '_', '-'. */
  public static final int UNIT_CODE = 16;

  /** Starts with a letter or digit, so that no code is "." or ".." in another service's path. */
  public static final String UNIT_CODE_PATTERN = "[0-9A-Za-z][0-9A-Za-z._-]{0,15}";

  public static final int TERM = 9;
  public static final String TERM_PATTERN = "[0-9]{4}-[0-9]{4}";

  /** A body, a person's name, a user name. */
  public static final int NAME = 200;

  /** A session's title and place, a participant's post and organization. */
  public static final int TITLE = 300;

  public static final int AGENDA_TITLE = 500;
  public static final int DOCUMENT_NUMBER = 60;
  public static final int TARGET_LABEL = 500;

  // TEXT columns: bounded here, long enough for what the minutes of a session hold
  public static final int PURPOSE = 2000;
  public static final int STATEMENT = 10_000;
  public static final int FINDING = 5000;
  public static final int CONCLUSION = 20_000;
  public static final int DIRECTIVE = 2000;
  public static final int NOTE = 2000;
  public static final int AMENDMENT = 10_000;
  public static final int REASON = 2000;

  /** A record's id: numbered by a sequence from 1. */
  public static final long MIN_ID = 1;

  public static final long MAX_ID = Long.MAX_VALUE;

  /** An If-Match header: one or a few entity tags. */
  public static final int IF_MATCH = 200;

  // what one session holds; a session with more is refused with a 409
  public static final int PARTICIPANTS = 300;
  public static final int AGENDA_ITEMS = 100;
  public static final int STATEMENTS = 1000;
  public static final int FINDINGS = 300;
  public static final int DIRECTIVES = 300;
  public static final int AMENDMENTS = 300;
  public static final int DIRECTIVE_CHANGES = 1000;

  /** The units a dossier shows the scorecards of, beside the host's: the first ones succeeded. */
  public static final int PREDECESSORS = 50;

  /** The parts of a dossier: scorecard, predecessors, vetting. */
  public static final int DOSSIER_PARTS = 3;

  /** What a missing part says, in words or as a message. */
  public static final int MESSAGE = 1000;

  private Limits() {}
}
