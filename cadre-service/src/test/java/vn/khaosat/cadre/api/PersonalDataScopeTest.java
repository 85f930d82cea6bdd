package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personal fields go to admins, and to organizers and inspectors whose units cover the cadre's
 * unit: each role inside and outside its units, on every endpoint that carries them. In the
 * stand-in for indicators-service, 664 (Krông Nô) and 665 (Đắk Song) are districts of province 67.
 */
@QuarkusTest
class PersonalDataScopeTest {

  /** A reader: role, the token's units, and which of the two districts' cadres it sees in full. */
  record Reader(String role, List<String> units, Set<String> sees, boolean hasRight) {

    RequestSpecification spec() {
      return Api.as(role, units.toArray(String[]::new));
    }

    boolean seesTheCadre() {
      return sees.contains("665");
    }

    @Override
    public String toString() {
      return role + " of " + units;
    }
  }

  static Stream<Reader> readers() {
    Set<String> both = Set.of("664", "665");
    return Stream.of(
        new Reader("admin", List.of(), both, true),
        new Reader("organizer", List.of("665"), Set.of("665"), true),
        new Reader("organizer", List.of("67"), both, true),
        new Reader("inspector", List.of("665"), Set.of("665"), true),
        new Reader("inspector", List.of("67"), both, true),
        new Reader("organizer", List.of("664"), Set.of("664"), true),
        new Reader("inspector", List.of("664"), Set.of("664"), true),
        new Reader("viewer", List.of("665"), Set.of(), false),
        new Reader("statistician", List.of("67"), Set.of(), false),
        new Reader("secretary", List.of("665"), Set.of(), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theDetail(Reader reader) {
    Fixture f = Fixture.get();
    var response = reader.spec().get("/api/cadres/" + f.cadre).then().statusCode(200);
    response.body("fullName", is(Fixture.NAME)).body("unitCode", is("665"));
    if (reader.seesTheCadre()) {
      response
          .body("personal.dateOfBirth", is("1968-04"))
          .body("personal.ethnicity", is(f.ethnicity))
          .body("personal.religion", is("Không"))
          .body("personal.partyAdmissionDate", is("1990-05-19"))
          .body("personal.assetDeclarationYears", contains(2018, 2019))
          .body("personal.disciplines.form", contains("REPRIMAND"));
    } else {
      response.body("personal", nullValue());
      f.personalValues().forEach(v -> response.body(not(containsString(v))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theHistory(Reader reader) {
    Fixture f = Fixture.get();
    var response = reader.spec().get("/api/cadres/" + f.cadre + "/history").then().statusCode(200);
    response.body("totalItems", is(3)).body("items[1].changes.field", contains("religion"));
    if (reader.seesTheCadre()) {
      response
          .body("items[1].changes[0].from", is("Công giáo"))
          .body("items[1].changes[0].to", is("Không"))
          .body("items[0].changes[0].to[0]", containsString("REPRIMAND"))
          .body("items.changes.flatten().findAll { it.withheld }", empty());
    } else {
      response
          .body("items[1].changes[0].withheld", is(true))
          .body("items[2].changes.findAll { it.withheld }.field", hasItem("dateOfBirth"));
      f.personalValues().forEach(v -> response.body(not(containsString(v))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theDisciplinaryRecords(Reader reader) {
    Fixture f = Fixture.get();
    String list = "/api/cadres/" + f.cadre + "/disciplines";
    for (String path : List.of(list, list + "/" + f.discipline)) {
      var response = reader.spec().get(path).then();
      if (reader.seesTheCadre()) {
        response.statusCode(200).body(containsString("REPRIMAND"));
      } else {
        refused(response, reader);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theVettingReportOfThePlanOfTheUnitsCommittee(Reader reader) {
    Fixture f = Fixture.get();
    String vetting = "/api/personnel-plans/" + f.plan + "/vetting";
    var response = reader.spec().get(vetting).then();
    if (reader.seesTheCadre()) {
      response
          .statusCode(200)
          .body("candidates.cadreId", contains((int) f.cadre))
          .body("candidates[0].findings.kind", hasItem("AGE"))
          .body("candidates[0].findings.kind", hasItem("DISCIPLINE"));
    } else {
      refused(response, reader);
    }
    // counts and slate findings only: any reader, the survey dossier shows them
    reader
        .spec()
        .get(vetting + "/summary")
        .then()
        .statusCode(200)
        .body("summary.candidates", is(1))
        .body("candidates", nullValue())
        .body(not(containsString(Fixture.NAME)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void theEthnicityFilterMatchesOnlyCadresWhosePersonalFieldsTheReaderSees(Reader reader) {
    Fixture f = Fixture.get();
    String query = "/api/cadres?ethnicity=" + f.ethnicity;
    if (!reader.hasRight()) {
      reader
          .spec()
          .get(query)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("ethnicity"));
      return;
    }
    List<String> expected = new ArrayList<>();
    reader.sees().forEach(unit -> expected.add(unit.equals("665") ? Fixture.NAME : Fixture.OTHER));
    var response = reader.spec().get(query).then().statusCode(200);
    response
        .body("totalItems", is(expected.size()))
        .body("items.fullName", containsInAnyOrder(expected.toArray()));
    // narrowed to the other district's cadre by name or unit, an outsider still learns nothing
    reader
        .spec()
        .get(query + "&unit=665&q=" + Fixture.NAME)
        .then()
        .statusCode(200)
        .body("totalItems", is(reader.seesTheCadre() ? 1 : 0));
  }

  private static void refused(io.restassured.response.ValidatableResponse response, Reader r) {
    response
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", r.hasRight() ? containsString("665") : containsString("inspector"))
        .body(not(containsString("REPRIMAND")));
  }

  /** A cadre of 665 with every personal field, vetted on a plan of 665's committee; made once. */
  static final class Fixture {

    static final String NAME = "Điểu Thị Riêng";
    static final String OTHER = "Y Kông Niê";
    private static Fixture made;

    final String ethnicity = "Xtiêng " + Long.toString(System.nanoTime() % 1_000_000, 36);
    final long cadre;
    final long discipline;
    final long plan;

    private Fixture() {
      var body = Api.cadre(NAME, "FEMALE", "1968-04", "665");
      body.put("ethnicity", ethnicity);
      body.put("religion", "Công giáo");
      body.put("partyAdmissionDate", "1990-05-19");
      cadre = Api.createCadre(body);
      body.put("religion", "Không");
      Api.admin().body(body).put("/api/cadres/" + cadre).then().statusCode(200);
      discipline =
          Api.admin()
              .body(Map.of("form", "REPRIMAND", "decidedOn", "2009-10-01"))
              .post("/api/cadres/" + cadre + "/disciplines")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      var other = Api.cadre(OTHER, "MALE", "1970", "664");
      other.put("ethnicity", ethnicity);
      Api.createCadre(other);
      long committee =
          Api.createCommittee("665", "2005-2010", List.of(Api.member(cadre, "MEMBER")));
      plan =
          Api.createPlan(Api.plan(committee, "2010-06", List.of(Api.candidate(cadre, "MEMBER"))));
      Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
      Api.admin()
          .post("/api/personnel-plans/" + plan + "/vetting")
          .then()
          .statusCode(200)
          .body("candidates", notNullValue());
    }

    static synchronized Fixture get() {
      if (made == null) {
        made = new Fixture();
      }
      return made;
    }

    /** Values that only a reader who sees the personal fields may find in a body. */
    List<String> personalValues() {
      return List.of("1968-04", ethnicity, "Công giáo", "1990-05-19", "REPRIMAND", "2009-10-01");
    }
  }
}
