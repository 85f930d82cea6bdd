package vn.khaosat.bench.empty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/** GET by id, the way the Quarkus guides write it: one transaction, one query, a verified token. */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

  /** What the answer holds: the unit's columns as indicators-service shows them. */
  public record UnitView(
      String code,
      String name,
      String level,
      String parentCode,
      LocalDate validFrom,
      LocalDate validTo,
      boolean closed,
      long version) {}

  @GET
  @Path("/{code}")
  @RolesAllowed({"viewer", "statistician", "organizer", "inspector", "secretary", "admin"})
  @Transactional
  public UnitView get(@PathParam("code") String code) {
    Unit unit = Unit.findById(code);
    if (unit == null) {
      throw new NotFoundException();
    }
    return new UnitView(
        unit.code,
        unit.name,
        unit.level,
        unit.parentCode,
        unit.validFrom,
        unit.validTo,
        unit.validTo != null,
        unit.version);
  }
}
