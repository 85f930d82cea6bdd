package vn.khaosat.indicators.domain.rules;

import java.util.Locale;

/** The verdict on a target in an evaluation year (kết quả thực hiện chỉ tiêu). */
public enum TargetStatus {
  EXCEEDED,
  MET,
  NOT_YET_MET,
  NOT_MET,
  NO_DATA;

  /** The label as the Party documents word it: bundle key {@code enum.TargetStatus.<name>}. */
  public String labelVi() {
    return label(Messages.VIETNAMESE);
  }

  public String labelEn() {
    return label(Locale.ENGLISH);
  }

  /** The Vietnamese label for language "vi", the English one otherwise. */
  public String label(Locale locale) {
    return Messages.bundled(
        Messages.isVietnamese(locale) ? Messages.VIETNAMESE : Locale.ENGLISH,
        "enum.TargetStatus." + name());
  }
}
