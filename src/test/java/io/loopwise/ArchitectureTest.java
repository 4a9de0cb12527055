package io.loopwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house layering rules, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.loopwise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotQueryTheDatabase = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..repository..")
            .allowEmptyShould(true)
            .because("resources are thin: services own logic and transactions, repositories own queries");

    @ArchTest
    static final ArchRule theEngineUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("io.loopwise.engine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.loopwise.engine..")
            .allowEmptyShould(true)
            .because("the interpreter is its own tree with no Quarkus imports (JDK only)");

    @ArchTest
    static final ArchRule platformDoesNotDependOnFeatures = noClasses()
            .that().resideInAPackage("io.loopwise.platform..")
            .should().dependOnClassesThat().resideInAPackage("io.loopwise.catalog..")
            .allowEmptyShould(true)
            .because("platform code (problems, HTTP caching, the database) is shared by every feature");
}
