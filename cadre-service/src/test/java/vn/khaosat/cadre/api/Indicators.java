package vn.khaosat.cadre.api;

import com.github.tomakehurst.wiremock.client.WireMock;
import vn.khaosat.cadre.IndicatorsWireMock;

/** The WireMock that stands in for indicators-service, reached through its admin API. */
final class Indicators {

  private Indicators() {}

  static WireMock client() {
    return new WireMock("localhost", Integer.getInteger(IndicatorsWireMock.PORT_PROPERTY));
  }
}
