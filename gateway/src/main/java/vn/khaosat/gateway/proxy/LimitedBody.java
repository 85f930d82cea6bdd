package vn.khaosat.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked), counted as it streams to the backend; nothing is
 * held. Past the limit it stops forwarding and fails, so the proxy resets the backend request
 * ({@link BodyLimit} then answers 413). The rest of the upload is read and dropped rather than the
 * connection closed at once: a client still writing would get a reset instead of the 413. Once both
 * the upload and the answer are over, or another limit's worth has been dropped, the connection is
 * closed.
 */
final class LimitedBody implements ReadStream<Buffer> {

  /** Why the body stream failed: it passed the limit. */
  static final class TooLarge extends VertxException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes", true);
    }
  }

  private final HttpServerRequest request;
  private final ReadStream<Buffer> source;
  private final long limit;
  private long received;
  private boolean exceeded;
  private boolean uploadEnded;
  private Handler<Buffer> handler;
  private Handler<Throwable> exceptionHandler;

  LimitedBody(HttpServerRequest request, ReadStream<Buffer> source, long limit) {
    this.request = request;
    this.source = source;
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  /** The answer (the backend's or the 413) is sent: hang up if the upload is over too. */
  void answered() {
    if (exceeded && uploadEnded) {
      hangUp();
    }
  }

  private void forward(Buffer chunk) {
    received += chunk.length();
    if (received <= limit) {
      handler.handle(chunk);
      return;
    }
    exceeded = true;
    source.handler(this::drop);
    source.exceptionHandler(null);
    source.endHandler(
        v -> {
          uploadEnded = true;
          if (request.response().ended()) {
            hangUp();
          }
        });
    source.resume();
    HttpServerResponse response = request.response();
    if (response.headWritten() && !response.ended()) {
      // the backend began answering before the body was over: too late for a 413
      response.reset();
    }
    if (exceptionHandler != null) {
      exceptionHandler.handle(new TooLarge(limit));
    }
  }

  private void drop(Buffer chunk) {
    received += chunk.length();
    if (received - limit > limit) {
      hangUp();
    }
  }

  private void hangUp() {
    if (request.version() == HttpVersion.HTTP_2) {
      request.response().reset();
    } else {
      request.connection().close();
    }
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (!exceeded) {
      this.handler = handler;
      source.handler(handler == null ? null : this::forward);
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    if (!exceeded) {
      this.exceptionHandler = handler;
      source.exceptionHandler(handler);
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
    if (!exceeded) {
      source.endHandler(endHandler);
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    if (!exceeded) {
      source.pause();
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    source.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    source.fetch(amount);
    return this;
  }
}
