package vn.khaosat.cadre.api.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cadres whose personal fields the current answer carries, named by the resource method that
 * decided to show them, and recorded before the body is written ({@link
 * PersonalDataResponseFilter}).
 */
@RequestScoped
public class HandedPersonalData {

  private final List<Long> cadreIds = new ArrayList<>();

  public void of(long cadreId) {
    cadreIds.add(cadreId);
  }

  public void of(Collection<Long> ids) {
    cadreIds.addAll(ids);
  }

  /** The cadres named so far, and forgets them: each answer is recorded once. */
  List<Long> take() {
    List<Long> taken = List.copyOf(cadreIds);
    cadreIds.clear();
    return taken;
  }
}
