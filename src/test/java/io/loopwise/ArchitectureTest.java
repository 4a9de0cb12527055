package io.loopwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house layering rules, checked on the compiled production classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.loopwise");
    }

    @Test
    void resourcesDoNotQueryTheDatabase() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("..repository..")
                .because("resources are thin: services own logic and transactions, repositories own queries")
                .check(classes);
    }

    @Test
    void theEngineUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("io.loopwise.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.loopwise.engine..")
                .allowEmptyShould(true)
                .because("the interpreter is its own tree with no Quarkus imports (JDK only)")
                .check(classes);
    }

    @Test
    void platformCodeDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("io.loopwise.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.loopwise.catalog..", "io.loopwise.sandbox..",
                        "io.loopwise.exercise..", "io.loopwise.submission..", "io.loopwise.progress..",
                        "io.loopwise.identity..")
                .because("platform code (problems, HTTP caching, the database) is shared by every feature")
                .check(classes);
    }
}
