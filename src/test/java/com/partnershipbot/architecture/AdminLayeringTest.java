package com.partnershipbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admin commands, storage and metrics serve every platform: they know no platform, server or command line. */
class AdminLayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.partnershipbot");
  }

  @Test
  void adminStorageAndMetricsKnowNoPlatformServerOrCommandLine() {
    noClasses().that().resideInAnyPackage("..admin..", "..storage..", "..metrics..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.slack..", "org.eclipse.jetty..", "jakarta.servlet..", "com.nimbusds..",
            "com.partnershipbot.slack..", "com.partnershipbot.teams..", "com.partnershipbot.server..",
            "com.partnershipbot.cli..")
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
