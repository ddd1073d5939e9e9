package org.peipao.ops;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of ARCHITECTURE.md, as rules that read as sentences. */
@AnalyzeClasses(packages = "org.peipao", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule theContractDependsOnNoFrameworkButAxonAnnotations = noClasses()
            .that().resideInAPackage("org.peipao.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.bson..", "com.mongodb..", "java.sql..", "javax.sql..", "com.fasterxml..",
                    "org.peipao.command..", "org.peipao.query..", "org.peipao.ops..", "org.peipao.seeds..");

    @ArchTest
    static final ArchRule theCommandSideNeverDependsOnTheQuerySide = noClasses()
            .that().resideInAPackage("org.peipao.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.peipao.query..", "org.peipao.ops..",
                    "org.springframework.data.mongodb..", "com.mongodb..");

    @ArchTest
    static final ArchRule theQuerySideNeverDependsOnTheCommandSide = noClasses()
            .that().resideInAPackage("org.peipao.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.peipao.command..", "org.peipao.ops..",
                    "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule theAuditReadsBothSidesWorkButNeverTheCommandSide = noClasses()
            .that().resideInAPackage("org.peipao.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.peipao.command..", "org.peipao.ops..");

    /** The spreadsheet files both sides write: a library of file formats that knows nothing of Peipao or Spring. */
    @ArchTest
    static final ArchRule theSpreadsheetFilesAreAPlainLibrary = noClasses()
            .that().resideInAPackage("org.peipao.sheets..")
            .should().dependOnClassesThat().resideInAnyPackage("org.peipao.api..", "org.peipao.command..",
                    "org.peipao.query..", "org.peipao.audit..", "org.peipao.ops..", "org.peipao.seeds..",
                    "org.springframework..");

    /**
     * The event store's tables as stored (rows, payload bytes, the hash chain) are read with JDBC by the audit only;
     * the storage wiring creates them, and the command side's look-ups keep tables of their own beside them. Everyone
     * else reads events through Axon, upcast.
     */
    @ArchTest
    static final ArchRule onlyTheAuditReadsTheEventTablesAsStored = noClasses()
            .that().resideOutsideOfPackages("org.peipao.audit..", "org.peipao.ops.storage..", "org.peipao.command.lookup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule seedsTalkOnlyInMessages = noClasses()
            .that().resideInAPackage("org.peipao.seeds..")
            .should().dependOnClassesThat().resideInAnyPackage("org.peipao.command..", "org.peipao.query..",
                    "org.springframework.data.mongodb..", "java.sql..")
            .allowEmptyShould(true);
}
