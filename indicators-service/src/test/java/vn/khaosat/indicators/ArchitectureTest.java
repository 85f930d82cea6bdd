package vn.khaosat.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules of the domain stay plain Java, so they are tested in milliseconds and read alone. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.khaosat.indicators");

  @Test
  void theRulesAreAmongTheClassesChecked() {
    // guards against a rule passing because the import found nothing
    assertTrue(CLASSES.contain("vn.khaosat.indicators.domain.rules.TargetEvaluator"));
    assertTrue(CLASSES.contain("vn.khaosat.indicators.api.UnitResource"));
  }

  /** ArchUnit's check() throws an AssertionError naming every offending dependency. */
  @Test
  void rulesUseNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("..domain.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta..",
            "javax..",
            "org.hibernate..",
            "io.vertx..",
            "org.eclipse.microprofile..",
            "com.fasterxml..",
            "vn.khaosat.indicators.api..",
            "vn.khaosat.indicators.service..")
        .check(CLASSES);
  }

  @Test
  void rulesDoNotReachTheEntities() {
    noClasses()
        .that()
        .resideInAPackage("..domain.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.khaosat.indicators.domain")
        .check(CLASSES);
  }

  @Test
  void resourcesDoNotTouchTheDatabaseDirectly() {
    noClasses()
        .that()
        .resideInAPackage("..api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..")
        .check(CLASSES);
  }
}
