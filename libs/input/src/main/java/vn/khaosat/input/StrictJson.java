package vn.khaosat.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as DESIGN.md's input policy wants it, in every service: no scalar coercion ({@code "12"} is
 * not an integer, {@code 1.5} is not an integer, {@code 123} is not a string, a number is not a
 * date), unknown and duplicate fields refused, nothing after the document, every string checked by
 * {@link SafeText}, and a bounded document. Decimals are written as written (8.25, never 8.25E+0)
 * and never read through a double.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  /** The largest JSON document a service reads; a CSV import is not JSON and has its own limit. */
  public static final long MAX_DOCUMENT_BYTES = vn.khaosat.problem.HttpLimits.MAX_JSON_BYTES;

  /** The longest number literal: enough for any column, short of BigDecimal's slow paths. */
  public static final int MAX_NUMBER_LENGTH = 100;

  @Override
  public void customize(ObjectMapper mapper) {
    apply(mapper);
  }

  /** Last, so that these deserializers replace the ones of modules Quarkus registers. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  /** The same settings on any mapper, e.g. in a plain unit test. */
  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    mapper.enable(
        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.setDefaultLeniency(false);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
    refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
    for (LogicalType type : LogicalType.values()) {
      if (type != LogicalType.Textual) {
        // "" is not a missing number, date or list
        refuse(mapper, type, CoercionInputShape.EmptyString);
      }
    }
    mapper.registerModule(new SafeTextModule());
    mapper.registerModule(new StrictDatesModule());
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(64)
                .build());
    return mapper;
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
