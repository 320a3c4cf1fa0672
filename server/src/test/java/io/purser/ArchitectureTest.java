package io.purser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Domain code — the {@code domain} packages and the triage and assist modules — is plain Java: no
 * Spring, no SQL, and no reading of the wall clock (time is passed in), so it is testable in
 * microseconds.
 */
class ArchitectureTest {

  static final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.purser");

  static final String[] DOMAIN = {
    "io.purser..domain..",
    "io.purser.triage..",
    "io.purser.assist.suggest..",
    "io.purser.assist.corpus..",
    "io.purser.assist.adapt..",
    "io.purser.assist.text..",
    "io.purser.assist.eval..",
    "io.purser.assist.tone..",
    "io.purser.assist.summary.."
  };

  @Test
  void domainCodeDependsOnNeitherSpringNorSql() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..")
        .because("business rules must be testable without a framework or a database")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void domainCodeNeverReadsTheWallClock() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .and()
        .haveSimpleNameNotEndingWith("Cli")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .because("time is passed in, so rules can be tested by moving a clock")
        .allowEmptyShould(true)
        .check(classes);
  }
}
