package vn.khaosat.local.soak;

/** The setup's client: an administrator whose every call must answer as expected. */
final class Admin {

  private final SoakClient client;
  private final String bearer;

  Admin(SoakClient client, String bearer) {
    this.client = client;
    this.bearer = bearer;
  }

  SoakClient.Answer send(Call call) {
    SoakClient.Answer answer = client.send(bearer, call);
    if (!call.expected().contains(answer.status())) {
      throw new IllegalStateException(
          "setup: "
              + call.method()
              + " "
              + call.path()
              + " answered "
              + answer.status()
              + " "
              + answer.body());
    }
    return answer;
  }

  /** Creates and returns the new record's id. */
  long create(String path, String json) {
    return created(path, json).id();
  }

  SoakClient.Answer created(String path, String json) {
    return send(Call.json("POST", "setup", path, json).expecting(201));
  }

  void post(String path, String json) {
    send(Call.json("POST", "setup", path, json));
  }
}
