package vn.khaosat.cadre.domain.vetting;

import java.time.LocalDate;
import java.util.Objects;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;

/**
 * A disciplinary measure (kỷ luật) with the date it was decided and the date until which it bars
 * the member from being nominated; {@code restrictedUntil} null means no bar.
 */
public record Discipline(DisciplineForm form, LocalDate decidedOn, LocalDate restrictedUntil) {

  public Discipline {
    Objects.requireNonNull(form, "form");
  }
}
