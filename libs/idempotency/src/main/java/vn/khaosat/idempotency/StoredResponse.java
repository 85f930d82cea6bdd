package vn.khaosat.idempotency;

/** The response stored under a key; {@code status} is null while the first request still runs. */
record StoredResponse(String fingerprint, Integer status, String location, String body) {}
