package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void vietnameseEmojiTabsAndLineBreaksAreText() {
    assertTrue(SafeText.isSafe("Huyện Đắk Song 😀\tdòng 1\r\ndòng 2"));
    assertTrue(SafeText.isSafe(null));
  }

  @Test
  void eachFlawIsNamedWithItsPlace() {
    assertEquals("nul", SafeText.flaw("dak\u0000song").orElseThrow().kind());
    assertEquals(3, SafeText.flaw("dak\u0000song").orElseThrow().index());
    assertEquals("control", SafeText.flaw("a\u001bb").orElseThrow().kind());
    assertEquals("surrogate", SafeText.flaw("a\ud800").orElseThrow().kind());
    assertEquals("surrogate", SafeText.flaw("\udc00a").orElseThrow().kind());
    assertEquals("surrogate", SafeText.flaw("\ud800\ud800\udc00").orElseThrow().kind());
    assertEquals("noncharacter", SafeText.flaw("\uffff").orElseThrow().kind());
  }

  @Test
  void anEchoedValueIsPrintableAndShort() {
    assertEquals("a\uFFFDb", SafeText.printable("a\u0000b", 10));
    assertEquals("x\uFFFD", SafeText.printable("x\ud800", 10));
    assertEquals("😀", SafeText.printable("😀", 10));
    assertEquals("aaa…", SafeText.printable("aaaaaa", 3));
  }
}
