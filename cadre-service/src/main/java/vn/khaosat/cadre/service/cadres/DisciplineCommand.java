package vn.khaosat.cadre.service.cadres;

import java.time.LocalDate;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;

/** A disciplinary measure to record. */
public record DisciplineCommand(
    DisciplineForm form,
    LocalDate decidedOn,
    LocalDate restrictedUntil,
    String decidedBy,
    String reason) {}
