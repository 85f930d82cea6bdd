package vn.khaosat.cadre.service.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.api.cadres.RevisionEntry;
import vn.khaosat.cadre.domain.cadres.Cadre;

/** A revision lists each field of a cadre record at most once: the bound the document gives. */
class CadreSnapshotTest {

  @Test
  void theDocumentedBoundOfARevisionsChangesIsTheNumberOfFieldsFollowed() {
    assertEquals(RevisionEntry.MAX_CHANGES, CadreSnapshot.of(new Cadre()).size());
  }
}
