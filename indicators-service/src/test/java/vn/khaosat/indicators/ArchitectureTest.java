package vn.khaosat.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers point one way, api → service → domain, and the rules of the domain stay plain Java, so
 * they are tested in milliseconds and read alone.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.khaosat.indicators");

  @Test
  void theRulesAreAmongTheClassesChecked() {
    // guards against a rule passing because the import found nothing
    assertTrue(CLASSES.contain("vn.khaosat.indicators.domain.rules.TargetEvaluator"));
    assertTrue(CLASSES.contain("vn.khaosat.indicators.api.units.UnitResource"));
  }

  /**
   * api → service → domain, one way: api may also read domain types to map them to views; client
   * (none yet in this service) is used only by service; config by nothing but the framework;
   * nothing in domain uses service, api or client; service never uses api types, so it returns
   * domain objects or its own results and takes its own commands.
   */
  @Test
  void layersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("api")
        .definedBy("vn.khaosat.indicators.api..")
        .layer("service")
        .definedBy("vn.khaosat.indicators.service..")
        .layer("domain")
        .definedBy("vn.khaosat.indicators.domain..")
        .optionalLayer("client")
        .definedBy("vn.khaosat.indicators.client..")
        .optionalLayer("config")
        .definedBy("vn.khaosat.indicators.config..")
        .whereLayer("api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("config")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("service")
        .mayOnlyBeAccessedByLayers("api", "config")
        .whereLayer("client")
        .mayOnlyBeAccessedByLayers("service")
        .whereLayer("domain")
        .mayOnlyBeAccessedByLayers("api", "service", "config")
        .check(CLASSES);
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
