package dev.napkin.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering ARCHITECTURE.md asks for, as executable rules: spec file → model → simulator → app.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.napkin");
  }

  @Test
  void modelAndSimulatorStayFreeOfJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.napkin.model..", "dev.napkin.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "org.testfx..")
        .check(classes);
  }

  @Test
  void simulatorReadsAndWritesNoFiles() {
    noClasses()
        .that()
        .resideInAPackage("dev.napkin.simulator..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Path")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Paths")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileReader")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileWriter")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.RandomAccessFile")
        .check(classes);
  }

  @Test
  void modelDependsOnNeitherSimulatorNorApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.napkin.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.napkin.simulator..", "dev.napkin.app..")
        .check(classes);
  }

  @Test
  void simulatorDoesNotDependOnApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.napkin.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.napkin.app..")
        .check(classes);
  }
}
