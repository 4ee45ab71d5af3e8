package com.partnershipbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the core and the admin loop stay free of platform, server and storage types. */
class LayeringTest {
  /** Platform SDKs, the server, and the packages that wire them: what the inner layers must not know. */
  private static final String[] PLATFORM_SERVER_AND_CLI = {
      "com.slack..", "org.eclipse.jetty..", "jakarta.servlet..", "com.nimbusds..",
      "com.partnershipbot.slack..", "com.partnershipbot.teams..", "com.partnershipbot.server..",
      "com.partnershipbot.cli..", "com.partnershipbot.tryit.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.partnershipbot");
  }

  @Test
  void coreDoesNotKnowSlackTeamsJettyOrServlets() {
    noClasses().that().resideInAnyPackage("..knowledge..", "..matching..", "..answering..")
        .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_SERVER_AND_CLI)
        .check(classes);
  }

  @Test
  void knowledgeDependsOnNothingElseOfOurs() {
    noClasses().that().resideInAPackage("..knowledge..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.partnershipbot.matching..", "com.partnershipbot.answering..")
        .check(classes);
  }

  @Test
  void matchingDoesNotKnowAnswering() {
    noClasses().that().resideInAPackage("..matching..")
        .should().dependOnClassesThat().resideInAPackage("com.partnershipbot.answering..")
        .check(classes);
  }

  @Test
  void slackAndTeamsAdaptersDoNotKnowEachOther() {
    noClasses().that().resideInAPackage("com.partnershipbot.slack..")
        .should().dependOnClassesThat().resideInAPackage("com.partnershipbot.teams..")
        .check(classes);
    noClasses().that().resideInAPackage("com.partnershipbot.teams..")
        .should().dependOnClassesThat().resideInAPackage("com.partnershipbot.slack..")
        .check(classes);
  }

  @Test
  void theTryItPageKnowsNoPlatformStorageOrServerWiring() {
    noClasses().that().resideInAPackage("com.partnershipbot.tryit..")
        .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.partnershipbot.slack..",
            "com.partnershipbot.teams..", "com.partnershipbot.server..", "com.partnershipbot.cli..",
            "com.partnershipbot.storage..", "com.partnershipbot.admin..")
        .check(classes);
  }

  @Test
  void adminStorageAndMetricsKnowNoPlatformServerOrCommandLine() {
    noClasses().that().resideInAnyPackage("..admin..", "..storage..", "..metrics..")
        .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_SERVER_AND_CLI)
        .check(classes);
  }

  @Test
  void storageDoesNotKnowTheAdminCommandsOrMetrics() {
    noClasses().that().resideInAPackage("..storage..")
        .should().dependOnClassesThat().resideInAnyPackage("com.partnershipbot.admin..", "com.partnershipbot.metrics..")
        .check(classes);
  }

  @Test
  void theCoreDoesNotKnowStorageAdminOrMetrics() {
    noClasses().that().resideInAnyPackage("..knowledge..", "..matching..", "..answering..")
        .should().dependOnClassesThat().resideInAnyPackage("com.partnershipbot.storage..",
            "com.partnershipbot.admin..", "com.partnershipbot.metrics..", "com.zaxxer..", "org.flywaydb..",
            "io.micrometer..", "java.sql..")
        .check(classes);
  }
}
