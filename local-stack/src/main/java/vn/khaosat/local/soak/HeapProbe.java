package vn.khaosat.local.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service's live heap: a full collection ({@code jcmd <pid> GC.run}), then the heap in use
 * ({@code GC.heap_info}), in kilobytes. With G1 that is one line; with the serial or parallel
 * collector the generations' lines are added up.
 */
final class HeapProbe {

  private static final Pattern USED = Pattern.compile("\\bused (\\d+)K");

  private final Map<String, Long> pids;
  private final String jcmd;

  HeapProbe(Map<String, Long> pids) {
    this.pids = pids;
    // the jcmd of the JDK that runs the soak
    this.jcmd =
        ProcessHandle.current()
            .info()
            .command()
            .map(java -> Path.of(java).resolveSibling("jcmd").toString())
            .orElse("jcmd");
  }

  /** The live heap of every service, in kilobytes (-1 when it could not be read). */
  Map<String, Long> liveHeaps() {
    Map<String, Long> heaps = new LinkedHashMap<>();
    pids.forEach((service, pid) -> heaps.put(service, liveHeap(pid)));
    return heaps;
  }

  private long liveHeap(long pid) {
    try {
      run(pid, "GC.run");
      return used(run(pid, "GC.heap_info"));
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The heap in use that {@code GC.heap_info} reports, generations added, metaspace left out. */
  static long used(String heapInfo) {
    long used = 0;
    for (String line : heapInfo.split("\n")) {
      if (line.contains("Metaspace")) {
        break;
      }
      Matcher m = USED.matcher(line);
      if (m.find()) {
        used += Long.parseLong(m.group(1));
      }
    }
    return used;
  }

  private String run(long pid, String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(command + " on " + pid + ": " + output);
    }
    return output;
  }
}
