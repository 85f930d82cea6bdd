package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessagePatternsTest {

  @Test
  void aKeptFormatGivesWhatAFreshOneGives() {
    MessagePatterns patterns = new MessagePatterns(Messages.SUPPORTED);
    for (int i = 0; i < 3; i++) {
      assertEquals(
          "Phiên bản 3 trong If-Match không còn là phiên bản hiện tại (4). Hãy tải lại và thử lại.",
          patterns.template(Messages.VIETNAMESE, "problem.staleVersion").format(3, 4));
    }
    // the locale still formats numbers: a Vietnamese decimal comma, an English point
    assertEquals(
        "Tiêu đề If-Match không hợp lệ: 1,5.",
        patterns.template(Messages.VIETNAMESE, "problem.badIfMatch").format(new BigDecimal("1.5")));
    assertEquals(
        "1.5",
        patterns
            .template(Locale.ENGLISH, "problem.badIfMatch")
            .format(new BigDecimal("1.5"))
            .replaceAll(".*: (.*)\\.$", "$1"));
  }

  @Test
  void aTemplateIsParsedOnceAndShared() {
    MessagePatterns patterns = new MessagePatterns(Messages.SUPPORTED);
    assertSame(
        patterns.template(Locale.ENGLISH, "problem.forbiddenUnit"),
        patterns.template(Locale.ENGLISH, "problem.forbiddenUnit"));
  }

  @Test
  void onlyKnownKeysInSupportedLocalesAreKept() {
    MessagePatterns patterns = new MessagePatterns(Messages.SUPPORTED);
    for (int i = 0; i < 1_000; i++) {
      assertNull(patterns.template(Locale.ENGLISH, "no.such.key." + i));
      patterns.template(Locale.forLanguageTag("vi-VN-x-n" + (i % 100)), "problem.forbiddenUnit");
      patterns.template(Locale.ENGLISH, "problem.forbiddenUnit");
      patterns.template(Messages.VIETNAMESE, "problem.forbiddenUnit");
    }
    assertEquals(2, patterns.keptFormats());
  }

  @Test
  void formatsConcurrentlyWithoutMixingArguments() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        String unit = "U" + i;
        answers.add(
            pool.submit(() -> Messages.format(Locale.ENGLISH, "problem.forbiddenUnit", unit)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals("The account may not write data for unit U" + i + ".", answers.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
