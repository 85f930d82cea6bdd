package vn.khaosat.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Gives every successful JSON read an {@code ETag} and answers {@code If-None-Match} with 304, so a
 * mobile client revalidates a list or a detail without downloading it again. A resource that set a
 * version tag keeps it; otherwise the tag is a hash of the body, serialized once here. An SVG image
 * written as text (a chart) is tagged the same way.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

  private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private final ObjectMapper mapper;

  public ConditionalGetFilter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != 200
        || !response.hasEntity()
        || !(isJson(response.getMediaType()) || isSvgText(response))) {
      return;
    }
    String etag = response.getHeaderString(HttpHeaders.ETAG);
    if (etag == null) {
      byte[] body = serialize(response.getEntity());
      etag = "W/\"" + hash(body) + "\"";
      response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
      response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  // a Response built without a type gets the method's @Produces later: null counts as JSON here
  private static boolean isJson(MediaType type) {
    return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
  }

  private static boolean isSvgText(ContainerResponseContext response) {
    return response.getEntity() instanceof String
        && response.getMediaType() != null
        && SVG.isCompatible(response.getMediaType());
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String bare = strip(etag);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .anyMatch(tag -> tag.equals("*") || strip(tag).equals(bare));
  }

  // If-None-Match compares weakly (RFC 9110 §13.1.2): W/ prefixes do not matter.
  private static String strip(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private byte[] serialize(Object entity) {
    if (entity instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return mapper.writeValueAsBytes(entity);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
