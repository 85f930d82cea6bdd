package vn.khaosat.survey.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of personnel plans of cadre-service, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPage(List<Plan> items) {

  /** A plan's id, title and status. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Plan(long id, String title, String status) {}
}
