package org.onenumber.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of README's "Where code goes", from the bottom: the platform kernel; security and tenancy;
 * services that know no capability (audit, notify, switching, and the switch emulator); account; license;
 * the capabilities; the batch jobs ({@code reconcile}: license reconciliation, {@code billing}: the true-up), which
 * read across account, license and the capabilities; and on top
 * the channels ({@code soap}, {@code web}, {@code demo}), which may use
 * anything below. Imports only point down, and no two packages import each other, directly or around a
 * circle. The switch adapter goes into its own archive and imports nothing of the application.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onenumber");

    /** SOAP endpoints, JSF backing beans and demo data: packages of their own, on top of every capability. */
    private static final DescribedPredicate<JavaClass> CHANNEL =
            resideInAnyPackage("org.onenumber.soap..", "org.onenumber.web..", "org.onenumber.demo..").as("a channel");

    private static DescribedPredicate<JavaClass> inside(String... capabilities) {
        String[] packages = new String[capabilities.length];
        for (int i = 0; i < capabilities.length; i++) {
            packages[i] = "org.onenumber." + capabilities[i] + "..";
        }
        return resideInAnyPackage(packages).and(not(CHANNEL)).as(String.join(", ", capabilities));
    }

    @Test
    void layersImportOnlyDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Adapter").definedBy(inside("switchadapter"))
                .layer("Kernel").definedBy(inside("platform"))
                .layer("Security").definedBy(inside("security"))
                .layer("Services").definedBy(inside("audit", "notify", "switching", "switchsim"))
                .layer("Account").definedBy(inside("account"))
                .layer("License").definedBy(inside("license"))
                .layer("Capabilities").definedBy(inside("mobility", "anywhere", "myphone"))
                .layer("Batch").definedBy(inside("reconcile", "billing"))
                .layer("Channels").definedBy(CHANNEL)
                .whereLayer("Channels").mayNotBeAccessedByAnyLayer()
                .whereLayer("Batch").mayOnlyBeAccessedByLayers("Channels")
                .whereLayer("Capabilities").mayOnlyBeAccessedByLayers("Batch", "Channels")
                .whereLayer("License").mayOnlyBeAccessedByLayers("Capabilities", "Batch", "Channels")
                .whereLayer("Account").mayOnlyBeAccessedByLayers("License", "Capabilities", "Batch", "Channels")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Account", "License", "Capabilities", "Batch", "Channels")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Services", "Account", "License", "Capabilities", "Batch",
                        "Channels")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Security", "Services", "Account", "License", "Capabilities",
                        "Batch", "Channels")
                .whereLayer("Adapter").mayOnlyBeAccessedByLayers("Services", "Account", "License", "Capabilities", "Batch",
                        "Channels")
                .check(CLASSES);
    }

    @Test
    void servicesKnowNoCapabilityAndOnlyAuditBelowTheOthers() {
        noClasses().that(inside("audit")).should().dependOnClassesThat(inside("notify", "switching", "switchsim"))
                .check(CLASSES);
        noClasses().that(inside("notify")).should().dependOnClassesThat(inside("switching", "switchsim")).check(CLASSES);
        noClasses().that(inside("switching")).should().dependOnClassesThat(inside("notify", "switchsim")).check(CLASSES);
    }

    /** Mobility, Office Anywhere and My Phone's Simultaneous Ring meet in the account's feature rules, never directly. */
    @Test
    void capabilitiesKnowNoOtherCapability() {
        noClasses().that(inside("mobility")).should().dependOnClassesThat(inside("anywhere")).check(CLASSES);
        noClasses().that(inside("anywhere")).should().dependOnClassesThat(inside("mobility", "myphone")).check(CLASSES);
        noClasses().that(inside("mobility")).should().dependOnClassesThat(inside("myphone")).check(CLASSES);
        noClasses().that(inside("myphone")).should().dependOnClassesThat(inside("mobility", "anywhere")).check(CLASSES);
    }

    @Test
    void theSwitchAdapterImportsNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.onenumber.switchadapter..")
                .should().dependOnClassesThat(resideInAnyPackage("org.onenumber..").and(not(inside("switchadapter"))))
                .check(CLASSES);
    }

    @Test
    void rulesAndEntitiesNeverCallABoundary() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.onenumber.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noCyclesBetweenTopLevelPackagesEither() {
        slices().matching("org.onenumber.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
