package dev.quorum.committee;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.quorum.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quorum.committee");

    @Test
    void domainImportsNoSpringKafkaOrMongo() {
        ArchitectureRules.domainIsFrameworkFree().check(classes);
    }

    @Test
    void domainDependsOnNoOuterRing() {
        ArchitectureRules.domainDependsOnNoOuterRing().check(classes);
    }
}
