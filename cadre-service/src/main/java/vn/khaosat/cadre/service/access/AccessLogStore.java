package vn.khaosat.cadre.service.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khaosat.cadre.domain.access.PersonalDataAccess;

/**
 * Inserts reads into the access log, always in a transaction of its own: a read's rollback, or a
 * failure after the data left, never takes the record with it.
 */
@ApplicationScoped
public class AccessLogStore {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(List<PersonalDataRead> reads) {
    for (PersonalDataRead read : reads) {
      PersonalDataAccess row = new PersonalDataAccess();
      row.cadreId = read.cadreId();
      row.userName = read.user();
      row.accessedAt = read.at();
      row.method = read.method();
      row.route = read.route();
      row.requestId = read.requestId();
      row.persist();
    }
  }
}
