package dev.quorum.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses gateway = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quorum.gateway");

    @Test
    void staysOnTheReactiveStack() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..")
                .because("the gateway runs on WebFlux and Netty; a servlet type would block an event loop")
                .check(gateway);
    }

    @Test
    void knowsNothingOfTheServicesDomains() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.quorum.registration..",
                        "dev.quorum.committee..",
                        "dev.quorum.voting..",
                        "dev.quorum.guide..")
                .because("the gateway routes by path and owns no data")
                .check(gateway);
    }
}
