package vn.khaosat.cadre.service.cadres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.history.FieldChange;

/** The fields of a cadre record at one revision, and what changed between two revisions. */
final class CadreSnapshot {

  /** Fields whose values only organizers, inspectors and admins may see. */
  static final Set<String> PERSONAL =
      Set.of(
          "dateOfBirth",
          "ethnicity",
          "religion",
          "partyAdmissionDate",
          "partyFullMembershipDate",
          "assetDeclarationYears",
          "disciplines");

  private CadreSnapshot() {}

  static Map<String, Object> of(Cadre cadre) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("fullName", cadre.fullName);
    fields.put("gender", cadre.gender);
    fields.put("dateOfBirth", cadre.birthDate == null ? null : cadre.birth().toString());
    fields.put("ethnicity", cadre.ethnicity);
    fields.put("religion", cadre.religion);
    fields.put("unitCode", cadre.unitCode);
    fields.put("partyAdmissionDate", cadre.partyAdmissionDate);
    fields.put("partyFullMembershipDate", cadre.partyFullMembershipDate);
    fields.put("generalEducation", cadre.generalEducation);
    fields.put("professionalDegree", cadre.professionalDegree);
    fields.put("theoryLevel", cadre.theoryLevel);
    fields.put("stateManagementLevel", cadre.stateManagementLevel);
    fields.put("inSuccessionPlan", cadre.inSuccessionPlan);
    fields.put(
        "posts",
        cadre.posts.stream()
            .map(p -> p.startDate == null ? p.title : p.title + " (" + p.startDate + ")")
            .toList());
    fields.put("assetDeclarationYears", List.copyOf(cadre.assetDeclarationYears));
    fields.put(
        "disciplines",
        cadre.disciplines.stream()
            .map(
                d ->
                    d.form
                        + " "
                        + d.decidedOn
                        + (d.restrictedUntil == null ? "" : " → " + d.restrictedUntil))
            .toList());
    return fields;
  }

  /** The fields that differ, in field order; personal values are withheld unless shown. */
  static List<CadreRevision.Change> diff(
      Map<String, Object> before, Map<String, Object> after, boolean showPersonal) {
    return FieldChange.between(before, after).stream()
        .map(
            c ->
                PERSONAL.contains(c.field()) && !showPersonal
                    ? new CadreRevision.Change(c.field(), null, null, true)
                    : new CadreRevision.Change(c.field(), c.from(), c.to(), false))
        .toList();
  }
}
