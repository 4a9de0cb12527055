package io.loopwise.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The interpreter is a JDK-only library: it must run inside the service, a CLI or a test without Quarkus, Jackson
 * or anything else on the class path. Test classes are excluded; they may use the test stack.
 */
class EngineArchitectureTest {

    @Test
    void engineDependsOnlyOnTheJdkAndItself() {
        // given the compiled engine classes
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.loopwise.engine");

        // then every dependency stays inside java.* and io.loopwise.engine.*
        classes().that().resideInAPackage("io.loopwise.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.loopwise.engine..")
                .because("the engine is JDK-only (issue 3): no Quarkus, no Jackson, no third-party code")
                .check(engine);
    }
}
