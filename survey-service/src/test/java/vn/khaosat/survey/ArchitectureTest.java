package vn.khaosat.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers point one way: resources (api) on services, services on the domain and the clients of
 * other services; api reads domain types only to map them to its views. Nothing uses api, only
 * services use the clients, the domain uses none of them.
 */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.khaosat.survey");

  @Test
  void theLayersPointOneWay() {
    // the rules below would hold on an empty import: make sure the classes are there
    assertTrue(classes.contain(vn.khaosat.survey.api.sessions.SessionResource.class));
    assertTrue(classes.contain(vn.khaosat.survey.service.sessions.SessionService.class));
    assertTrue(classes.contain(vn.khaosat.survey.domain.sessions.SurveySession.class));
    assertTrue(classes.contain(vn.khaosat.survey.client.DossierSources.class));
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Api")
        .definedBy("vn.khaosat.survey.api..")
        .layer("Service")
        .definedBy("vn.khaosat.survey.service..")
        .layer("Domain")
        .definedBy("vn.khaosat.survey.domain..")
        .layer("Client")
        .definedBy("vn.khaosat.survey.client..")
        .optionalLayer("Config")
        .definedBy("vn.khaosat.survey.config..")
        .whereLayer("Api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Service")
        .mayOnlyBeAccessedByLayers("Api", "Config")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Api", "Service", "Config")
        .whereLayer("Client")
        .mayOnlyBeAccessedByLayers("Service")
        .check(classes);
  }

  @Test
  void clientsDoNotReachIntoTheService() {
    noClasses()
        .that()
        .resideInAPackage("..survey.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..survey.api..", "..survey.service..", "..survey.domain..")
        .check(classes);
  }

  @Test
  void theDocumentLayoutKnowsOnlyWhatItShows() {
    // SessionDocuments words a session for the documents (DossierLines its dossier, DossierCharts
    // fetches the dossier's charts); the layout and PDF know only its record
    noClasses()
        .that()
        .resideInAPackage("..survey.service.documents..")
        .and()
        .doNotHaveSimpleName("SessionDocuments")
        .and()
        .doNotHaveSimpleName("DossierLines")
        .and()
        .doNotHaveSimpleName("DossierCharts")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..survey.api..",
            "..survey.domain..",
            "..survey.client..",
            "..survey.service",
            "..survey.service.sessions..",
            "..survey.service.participants..",
            "..survey.service.content..",
            "..survey.service.directives..",
            "..survey.service.dossier..")
        .check(classes);
  }
}
