package org.datadeed.marketplace.pricing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The pricing domain is plain Java: it depends on the JDK and on itself, nothing else (no Spring, no Axon). */
class PricingDependenciesTest {

    @Test
    void pricingDependsOnlyOnTheJdk() {
        JavaClasses pricing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.datadeed.marketplace.pricing");

        classes().that().resideInAPackage("org.datadeed.marketplace.pricing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.datadeed.marketplace.pricing..", "java..")
                .check(pricing);
    }
}
