package vn.khaosat.cadre;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.junit.jupiter.api.Test;

/**
 * The layers point one way, api → service → domain, and the vetting rules stay plain Java, so they
 * are tested in milliseconds and read alone.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.khaosat.cadre");

  @Test
  void theRulesAreAmongTheClassesChecked() {
    // guards against a rule passing because the import found nothing
    assertTrue(CLASSES.contain("vn.khaosat.cadre.domain.vetting.Vetting"));
    assertTrue(CLASSES.contain("vn.khaosat.cadre.api.cadres.CadreResource"));
  }

  @Test
  void vettingUsesNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("..domain.vetting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta..",
            "org.hibernate..",
            "io.vertx..",
            "org.eclipse.microprofile..",
            "com.fasterxml..",
            "vn.khaosat.cadre.api..",
            "vn.khaosat.cadre.service..",
            "vn.khaosat.cadre.client..")
        .check(CLASSES);
  }

  @Test
  void vettingDoesNotReachTheEntities() {
    noClasses()
        .that()
        .resideInAPackage("..domain.vetting..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheEntityBase.class)
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

  /**
   * api → service → domain: resources map requests to the services' commands and the services'
   * results to views; a service never takes or returns an api type; the client is the services'
   * own; the domain knows none of them. (Before issue 11 the services took {@code CadreRequest},
   * {@code CommitteeRequest}, {@code PlanRequest}, {@code DisciplineRequest} and {@code
   * RuleSetRequest}, and returned {@code RevisionEntry} and {@code FieldChange}.)
   */
  @Test
  void layersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("api")
        .definedBy("vn.khaosat.cadre.api..")
        .layer("service")
        .definedBy("vn.khaosat.cadre.service..")
        .layer("client")
        .definedBy("vn.khaosat.cadre.client..")
        .layer("domain")
        .definedBy("vn.khaosat.cadre.domain..")
        .whereLayer("api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("service")
        .mayOnlyBeAccessedByLayers("api")
        .whereLayer("client")
        .mayOnlyBeAccessedByLayers("service")
        .whereLayer("domain")
        .mayOnlyBeAccessedByLayers("api", "service", "client")
        .check(CLASSES);
  }
}
