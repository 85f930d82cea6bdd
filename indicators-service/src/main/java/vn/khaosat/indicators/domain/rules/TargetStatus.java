package vn.khaosat.indicators.domain.rules;

import java.util.Locale;

/** The verdict on a target in an evaluation year (kết quả thực hiện chỉ tiêu). */
public enum TargetStatus {
  EXCEEDED("Vượt", "Exceeded"),
  MET("Đạt", "Met"),
  NOT_YET_MET("Chưa đạt", "Not yet met"),
  NOT_MET("Không đạt", "Not met"),
  NO_DATA("Chưa có số liệu", "No data");

  private final String labelVi;
  private final String labelEn;

  TargetStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The Vietnamese label for language "vi", the English one otherwise. */
  public String label(Locale locale) {
    return Messages.isVietnamese(locale) ? labelVi : labelEn;
  }
}
