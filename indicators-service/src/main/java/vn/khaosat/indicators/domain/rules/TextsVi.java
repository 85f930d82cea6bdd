package vn.khaosat.indicators.domain.rules;

import static java.util.Map.entry;

import java.util.Map;

/** Vietnamese message texts (thông điệp tiếng Việt); keys as in {@link TextsEn}. */
final class TextsVi {
  static final Map<String, String> TEXTS =
      Map.ofEntries(
          entry("measure.LEVEL", "Giá trị năm {1}"),
          entry("measure.AVERAGE_GROWTH", "Tăng trưởng bình quân {0}-{1}"),
          entry("measure.MEAN_OF_YEARLY_RATES", "Bình quân tốc độ tăng hằng năm {0}-{1}"),
          entry("measure.INDEX_TO_BASE", "Chỉ số năm {1} so với năm {2}"),
          entry("measure.SHARE", "Tỷ trọng năm {1}"),
          entry("measure.AVERAGE_RELATIVE_REDUCTION", "Mức giảm bình quân {0}-{1}"),
          entry("measure.PERCENTAGE_POINT_CHANGE", "Mức giảm bình quân {0}-{1}"),
          entry("measure.RATIO_TO_UNIT", "Tỷ lệ so với đơn vị tham chiếu năm {1}"),
          entry("measure.CUMULATIVE", "Lũy kế đến năm {1}"),
          entry("unit.LEVEL", ""),
          entry("unit.AVERAGE_GROWTH", " %/năm"),
          entry("unit.MEAN_OF_YEARLY_RATES", " %/năm"),
          entry("unit.INDEX_TO_BASE", " %"),
          entry("unit.SHARE", " %"),
          entry("unit.AVERAGE_RELATIVE_REDUCTION", " %/năm"),
          entry("unit.PERCENTAGE_POINT_CHANGE", " điểm %/năm"),
          entry("unit.RATIO_TO_UNIT", " %"),
          entry("unit.CUMULATIVE", ""),
          entry("cmp.AT_LEAST", "{0} trở lên"),
          entry("cmp.AT_MOST", "không quá {0}"),
          entry("cmp.APPROXIMATELY", "khoảng {0} (±{1})"),
          entry("cmp.RANGE", "từ {0} đến {1}"),
          entry("sentence.reached", "{0} đạt {1} so với chỉ tiêu {2}: {3}."),
          entry(
              "sentence.projection",
              "{0} đạt {1} so với chỉ tiêu {2}: {3}; cần {4} đến năm {5}, tốt nhất đã có {6} (năm {7})."),
          entry(
              "sentence.noTrend",
              "{0} đạt {1} so với chỉ tiêu {2}: {3}; cần {4} đến năm {5}, chưa có hai năm liền"
                  + " nhau để so sánh."),
          entry("sentence.noData", "{0}: chưa có số liệu ({1})."),
          entry("basis.GROWTH_PERCENT", "tăng {0} %/năm"),
          entry("basis.REDUCTION_PERCENT", "giảm {0} %/năm"),
          entry("basis.POINTS_RISE", "tăng {0} điểm %/năm"),
          entry("basis.POINTS_FALL", "giảm {0} điểm %/năm"),
          entry("basis.INCREMENT", "tăng thêm {0}/năm"),
          entry("basis.DECREMENT", "giảm {0}/năm"),
          entry("reason.MISSING_VALUE", "thiếu số liệu năm {0}"),
          entry("reason.MISSING_BASE", "thiếu số liệu năm gốc {0}"),
          entry("reason.MISSING_TOTAL", "thiếu số liệu tổng năm {0}"),
          entry("reason.MISSING_REFERENCE", "thiếu số liệu của đơn vị tham chiếu năm {0}"),
          entry("reason.MIXED_POVERTY_STANDARDS", "số liệu theo các chuẩn nghèo khác nhau"),
          entry("reason.ZERO_BASE", "giá trị năm gốc {0} bằng 0"),
          entry("reason.ZERO_TOTAL", "số tổng năm {0} bằng 0"),
          entry("reason.ZERO_REFERENCE", "giá trị của đơn vị tham chiếu năm {0} bằng 0"),
          entry("reason.ZERO_VALUE", "giá trị năm {0} bằng 0"),
          entry("reason.NEGATIVE_RATIO", "tỷ số giữa hai năm bị âm"),
          entry(
              "warn.REPORTED_AVERAGE_MISMATCH",
              "Số bình quân báo cáo {0} %/năm lệch {2} điểm so với bình quân nhân {1} %/năm."),
          entry(
              "warn.SHARES_DO_NOT_ADD_UP",
              "Tổng các tỷ trọng là {0} %, không bằng 100 % (lệch {1} điểm)."),
          entry(
              "warn.ESTIMATE_WHERE_OFFICIAL_EXISTS", "Năm {0} có {1} {2} khác số chính thức {3}."),
          entry(
              "warn.MIXED_POVERTY_STANDARDS",
              "Các số liệu so sánh theo các chuẩn nghèo khác nhau: {0}."));

  private TextsVi() {}
}
