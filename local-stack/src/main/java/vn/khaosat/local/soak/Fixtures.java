package vn.khaosat.local.soak;

import java.util.List;

/**
 * What the soak's setup made, and what its users share: the units and indicators of one run, the
 * figures' keys every user writes, a committee, a plan and a session every user replaces (the
 * committee's members and the plan's candidates drawn from {@code pool}), a signed session every
 * user renders, and the committee and slate of each user's own plans.
 */
record Fixtures(
    String run,
    String province,
    List<String> districts,
    List<String> indicators,
    long sharedCadre,
    List<Long> readCadres,
    long sharedCommittee,
    List<Long> pool,
    long sharedPlan,
    long journeyCommittee,
    List<Long> journeySlate,
    long sharedSession,
    long sessionLeader,
    long sessionGuest,
    long signedSession) {

  /** The district whose figures, committee and sessions the users share. */
  String shared() {
    return districts.get(0);
  }

  /** The district of the cadres the users create. */
  String newcomers() {
    return districts.get(1);
  }

  /** The district of the committee of the users' own plans. */
  String journeys() {
    return districts.get(2);
  }

  /** The district of the users' own sessions. */
  String sessions() {
    return districts.get(3);
  }
}
