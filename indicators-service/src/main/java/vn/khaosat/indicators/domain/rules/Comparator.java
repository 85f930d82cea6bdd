package vn.khaosat.indicators.domain.rules;

/** How the actual is compared with the target value(s) (cách so sánh với chỉ tiêu). */
public enum Comparator {
  /** "trở lên": at least the value. */
  AT_LEAST,
  /** "không quá": at most the value. */
  AT_MOST,
  /** "khoảng": the value plus or minus a tolerance. */
  APPROXIMATELY,
  /** "từ … đến …": between two bounds, inclusive. */
  RANGE
}
