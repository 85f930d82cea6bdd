package vn.khaosat.local.soak;

import java.util.List;

/**
 * Signs a bearer token ("Bearer …") for a user with roles and units: the issuer the suite trusts.
 */
@FunctionalInterface
public interface Tokens {

  String bearer(String user, List<String> roles, List<String> units);
}
