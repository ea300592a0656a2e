package org.datadeed.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.datadeed.registry.certificate.CheckCharacter;

/** Domain code does not import Spring (STYLE.md, habit 4): it is tested and reasoned about without a context. */
@AnalyzeClasses(packagesOf = RegistryApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainCodeDoesNotDependOnSpring = noClasses()
            .that().resideInAnyPackage("..registry.registration.command..", "..registry.registration.api..",
                    "..registry.calendar..")
            .or().belongToAnyOf(CheckCharacter.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the registration rules, the calendar and the check character are plain domain code");
}
