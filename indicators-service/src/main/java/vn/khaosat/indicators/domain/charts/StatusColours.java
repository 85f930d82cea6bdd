package vn.khaosat.indicators.domain.charts;

import vn.khaosat.indicators.domain.rules.TargetStatus;

/**
 * The colour of each status (màu kết quả) in every chart: greens for exceeded and met, orange for
 * not yet met, red for not met, grey without data; each darker than 3:1 against white, and the
 * status is also written out, so colour is never the only sign.
 */
public final class StatusColours {

  /** Points and lines that carry no status. */
  public static final String NEUTRAL = "#2b5c8a";

  private StatusColours() {}

  public static String of(TargetStatus status) {
    return switch (status) {
      case EXCEEDED -> "#1b7837";
      case MET -> "#4d9221";
      case NOT_YET_MET -> "#b35806";
      case NOT_MET -> "#b2182b";
      case NO_DATA -> "#6b6b6b";
    };
  }
}
