package dev.quorum.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service checks with ArchUnit (style.md, "Layout"). */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * The domain ring is plain Java: no Spring, Kafka, MongoDB, CloudEvents, Jackson or platform
     * types, so rules can be tested without infrastructure and infrastructure can change freely.
     */
    public static ArchRule domainIsFrameworkFree() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.kafka..",
                        "com.mongodb..",
                        "org.bson..",
                        "io.cloudevents..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "jakarta.servlet..",
                        "dev.quorum.platform..")
                .because("the domain holds the rules and must not depend on infrastructure")
                // A service whose domain is still to be written passes trivially.
                .allowEmptyShould(true);
    }

    /** The domain ring does not reach out to the rings around it. */
    public static ArchRule domainDependsOnNoOuterRing() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..application..", "..web..", "..messaging..", "..persistence..")
                .because("dependencies point inwards, towards the domain")
                .allowEmptyShould(true);
    }
}
