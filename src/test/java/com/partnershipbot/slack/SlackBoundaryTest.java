package com.partnershipbot.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Slack's SDK stays inside the Slack adapter: no other package of the bot imports com.slack. */
class SlackBoundaryTest {

  @Test
  void onlyTheSlackAdapterUsesSlacksSdk() {
    noClasses().that().resideOutsideOfPackage("com.partnershipbot.slack..")
        .should().dependOnClassesThat().resideInAPackage("com.slack..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.partnershipbot"));
  }
}
