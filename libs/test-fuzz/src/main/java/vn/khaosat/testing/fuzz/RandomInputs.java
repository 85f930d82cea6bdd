package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The long mode's random bad inputs: several fields or parameters changed at once, each to a random
 * value that is bad for certain (a hostile character at a random place in random text, a length
 * past the maximum, a number past any column, the wrong JSON type), from a fixed seed so that a
 * failure can be replayed.
 */
final class RandomInputs {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] HOSTILE = {
    "\u0000", "\ud800", "\udfff", "\u0001", "\u001b", "\uffff"
  };

  /**
   * Those a URL can carry: a lone surrogate has no UTF-8 form, so the encoder would send "?", a
   * harmless character, and a right answer would be reported as a failure.
   */
  private static final String[] HOSTILE_IN_URL = {"\u0000", "\u0001", "\u001b", "\uffff"};

  private static final String TEXT =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠĐỮỰ ,.-'\"<>&;{}[]😀\u202e\t\n";

  private final BadInputs inputs;
  private final FuzzMode mode;

  RandomInputs(BadInputs inputs, FuzzMode mode) {
    this.inputs = inputs;
    this.mode = mode;
  }

  List<Attempt> of(ApiOperation op) {
    List<Attempt> attempts = new ArrayList<>();
    Random random = new Random(mode.seed() ^ op.id().hashCode());
    for (int i = 0; i < mode.randomPerOperation(); i++) {
      attempts.add(one(op, random, i));
    }
    return attempts;
  }

  private Attempt one(ApiOperation op, Random random, int n) {
    Map<String, String> query = new LinkedHashMap<>(inputs.requiredQuery(op));
    List<String> changes = new ArrayList<>();
    var queryParameters = op.in("query");
    byte[] body = null;
    boolean changeBody = op.takesJson() && (queryParameters.isEmpty() || random.nextBoolean());
    if (op.takesJson()) {
      JsonNode base = inputs.examples().body(op);
      if (changeBody && base.isObject() && base.size() > 0) {
        ObjectNode copy = (ObjectNode) base.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        int count = 1 + random.nextInt(Math.min(3, names.size()));
        for (int i = 0; i < count; i++) {
          String name = names.get(random.nextInt(names.size()));
          copy.set(name, badValue(random));
          changes.add("body " + name);
        }
        body = BodyAttacks.write(copy);
      } else {
        body = BodyAttacks.write(base);
      }
    }
    if (!changeBody && !queryParameters.isEmpty()) {
      var p = queryParameters.get(random.nextInt(queryParameters.size()));
      query.put(p.name(), hostileText(random, 1 + random.nextInt(300), HOSTILE_IN_URL));
      changes.add("query " + p.name());
    } else if (!changeBody) {
      query.put("zzz" + random.nextInt(1000), hostileText(random, 10));
      changes.add("unknown query parameter");
    }
    return inputs.attempt(
        op, "random", "#" + n + " " + changes, inputs.pathOf(op), query, body, null);
  }

  private static JsonNode badValue(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> JSON.textNode(hostileText(random, 1 + random.nextInt(2000)));
      case 1 -> JSON.textNode("a".repeat(100_001 + random.nextInt(1000)));
      case 2 ->
          JSON.numberNode(
              new BigDecimal(BigInteger.valueOf(random.nextLong()), -400 - random.nextInt(5000)));
      case 3 -> JSON.numberNode(new BigInteger(200 + random.nextInt(200), random).negate());
      case 4 -> JSON.arrayNode().add(JSON.objectNode().put("x", random.nextInt()));
      default -> JSON.objectNode().set("nested", JSON.textNode(hostileText(random, 5)));
    };
  }

  /** Random text with at least one character no field may hold. */
  static String hostileText(Random random, int length) {
    return hostileText(random, length, HOSTILE);
  }

  private static String hostileText(Random random, int length, String[] hostile) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int at = random.nextInt(TEXT.length());
      char c = TEXT.charAt(at);
      if (Character.isHighSurrogate(c) && at + 1 < TEXT.length()) {
        text.append(c).append(TEXT.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    int where = random.nextInt(text.length() + 1);
    while (where > 0 && where < text.length() && Character.isLowSurrogate(text.charAt(where))) {
      where--;
    }
    return text.insert(where, hostile[random.nextInt(hostile.length)]).toString();
  }
}
