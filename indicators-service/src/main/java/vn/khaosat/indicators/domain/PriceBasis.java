package vn.khaosat.indicators.domain;

/** Prices an indicator is expressed in: current prices, constant 2010 prices, or none. */
public enum PriceBasis {
  CURRENT,
  CONSTANT_2010,
  NONE
}
