package vn.khaosat.defaults;

import java.time.ZoneId;

/**
 * The suite's time zone: dates of sessions, approvals and vetting runs are the day in Việt Nam. The
 * same zone is configured for JSON and JDBC in this library's {@code
 * microprofile-config.properties}.
 */
public final class SuiteTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private SuiteTime() {}
}
