package com.modbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.modbench");
    }

    @Test
    void nothingBelowTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("com.modbench.ui..")
                .and().doNotHaveFullyQualifiedName("com.modbench.Launcher")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theEngineDoesNoNetworkOrDatabaseIo() {
        noClasses().that().resideInAPackage("com.modbench.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "okhttp3..",
                        "com.sun.net.httpserver..", "com.modbench.store..", "com.modbench.client..",
                        "com.modbench.server..")
                .check(classes);
    }

    @Test
    void nothingButTheUiDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackage("com.modbench.ui..")
                .and().doNotHaveFullyQualifiedName("com.modbench.Launcher")
                .should().dependOnClassesThat().resideInAPackage("com.modbench.ui..")
                .check(classes);
    }

    @Test
    void serverAndUiNeverTalkDirectly() {
        noClasses().that().resideInAPackage("com.modbench.server..")
                .should().dependOnClassesThat().resideInAPackage("com.modbench.ui..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("com.modbench.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.modbench.server..")
                .check(classes);
    }

    @Test
    void theWireModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("com.modbench.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.modbench.api..", "com.modbench.engine..",
                        "com.modbench.store..", "com.modbench.client..", "com.modbench.server..")
                .check(classes);
    }
}
