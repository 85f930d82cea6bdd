package vn.khaosat.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers: resources on services, services on the domain and clients, never the reverse. */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.khaosat.survey");

  @Test
  void theDomainKnowsNothingOfTheLayersAbove() {
    // the rules below would hold on an empty import: make sure the classes are there
    assertTrue(classes.contain(vn.khaosat.survey.domain.SurveySession.class));
    assertTrue(classes.contain(vn.khaosat.survey.client.DossierSources.class));
    noClasses()
        .that()
        .resideInAPackage("..survey.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..survey.api..", "..survey.service..", "..survey.client..", "..survey.documents..")
        .check(classes);
  }

  @Test
  void clientsAndDocumentsDoNotReachIntoServicesOrResources() {
    noClasses()
        .that()
        .resideInAnyPackage("..survey.client..", "..survey.documents..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..survey.api..", "..survey.service..", "..survey.domain..")
        .check(classes);
  }
}
