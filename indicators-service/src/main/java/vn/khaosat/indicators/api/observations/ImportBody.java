package vn.khaosat.indicators.api.observations;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.khaosat.problem.ApiProblem;

/**
 * The body of an import, counted as the CSV reader streams it: past {@code limit} bytes the import
 * stops with a 413 problem, whether the client declared a length or sent chunks. The limit sits
 * below {@code quarkus.http.limits.max-body-size}, so that this answer, and not Vert.x's bare 413,
 * is the one the client gets.
 */
final class ImportBody extends FilterInputStream {

  private final long limit;
  private long read;

  ImportBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  static ApiProblem tooLarge(long limit) {
    return ApiProblem.payloadTooLarge("import.tooLarge", readable(limit));
  }

  /** A size as people read it: "32 MB", or bytes. */
  static String readable(long bytes) {
    long mega = 1024 * 1024;
    return bytes % mega == 0 ? bytes / mega + " MB" : bytes + " B";
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(n, 0));
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw tooLarge(limit);
    }
  }
}
