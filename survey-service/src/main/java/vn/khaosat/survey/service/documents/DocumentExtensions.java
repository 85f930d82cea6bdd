package vn.khaosat.survey.service.documents;

import static vn.khaosat.defaults.SuiteTime.ZONE;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khaosat.survey.service.documents.SessionDocument.FindingLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;

/** What the templates compute from a {@link SessionDocument}: dates, header lines and groups. */
@TemplateExtension
final class DocumentExtensions {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút'");
  // the number is written in by hand when the document is numbered after it is printed
  private static final String BLANK = "\u00a0".repeat(8);
  private static final List<String> FINDING_ORDER = List.of("STRENGTH", "LIMITATION", "CAUSE");

  private DocumentExtensions() {}

  /** A group of findings of one kind, e.g. every "Hạn chế". */
  record FindingGroup(String label, List<FindingLine> items) {}

  static String upper(String text) {
    return text.toUpperCase(VI);
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String day(OffsetDateTime time) {
    return DAY.format(local(time));
  }

  /** "ngày 28 tháng 11 năm 2019", as the date line of a Party document reads. */
  static String longDay(OffsetDateTime time) {
    return LONG_DAY.format(local(time));
  }

  /** "08 giờ 00 phút". */
  static String clock(OffsetDateTime time) {
    return CLOCK.format(local(time));
  }

  static boolean sameDay(OffsetDateTime time, OffsetDateTime other) {
    return local(time).toLocalDate().equals(local(other).toLocalDate());
  }

  static String minutesNumberLine(SessionDocument doc) {
    return numberLine(doc.minutesNumber(), "-BB");
  }

  static String noticeNumberLine(SessionDocument doc) {
    return numberLine(doc.noticeNumber(), "-TB");
  }

  /** The notice is dated when the minutes were signed, a draft the day of the session. */
  static OffsetDateTime noticeDate(SessionDocument doc) {
    return doc.signedAt() != null ? doc.signedAt() : doc.startsAt();
  }

  /** Whose conclusions the notice announces: who concluded, else who chaired. */
  static Person concluder(SessionDocument doc) {
    return doc.concludedBy() != null ? doc.concludedBy() : doc.chair();
  }

  static List<Person> delegationSide(SessionDocument doc) {
    return side(doc, true);
  }

  static List<Person> hostSide(SessionDocument doc) {
    return side(doc, false);
  }

  /** Strengths, then limitations, then causes, each in the order they were recorded. */
  static List<FindingGroup> findingGroups(SessionDocument doc) {
    Map<String, FindingGroup> groups = new LinkedHashMap<>();
    FINDING_ORDER.forEach(kind -> groups.put(kind, null));
    for (FindingLine line : nullToEmpty(doc.findings())) {
      groups
          .computeIfAbsent(line.kind(), k -> new FindingGroup(line.kindLabel(), new ArrayList<>()))
          .items()
          .add(line);
    }
    return groups.values().stream().filter(g -> g != null).toList();
  }

  private static List<Person> side(SessionDocument doc, boolean delegation) {
    return nullToEmpty(doc.participants()).stream()
        .filter(p -> p.delegation() == delegation)
        .toList();
  }

  private static String numberLine(String number, String kind) {
    return "Số: " + (number != null ? number : BLANK + kind);
  }

  private static ZonedDateTime local(OffsetDateTime time) {
    return time.atZoneSameInstant(ZONE);
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list != null ? list : List.of();
  }
}
