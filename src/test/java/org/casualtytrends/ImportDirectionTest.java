package org.casualtytrends;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph runs one way, checked over the compiled classes of the job and the bench:
 * commands (cli, bench, evaluate) -> pipeline -> stages, one package each (ingest, annotate,
 * extract.., duplicates, events, trends, output, report) -> shared text utilities and model (model, tables,
 * text, geo, config, util). Nothing imports upward, no stage imports another, no two packages import
 * each other, and the job's code never names the bench (which lives in src/bench, apart from the job).
 */
@AnalyzeClasses(packages = "org.casualtytrends", importOptions = ImportDirectionTest.WithoutTests.class)
class ImportDirectionTest {
    private static final String[] STAGES = {"..ingest..", "..annotate..", "..extract..", "..duplicates..", "..events..",
            "..trends..", "..output..", "..report.."};

    @ArchTest
    static final ArchRule nothingImportsUpward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("commands").definedBy("..cli..", "..bench..", "..evaluate..")
            .layer("pipeline").definedBy("..pipeline..")
            .layer("stages").definedBy(STAGES)
            .layer("shared").definedBy("..model..", "..tables..", "..text..", "..geo..", "..config..", "..util..")
            .whereLayer("commands").mayNotBeAccessedByAnyLayer()
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("commands")
            .whereLayer("stages").mayOnlyBeAccessedByLayers("commands", "pipeline")
            .whereLayer("shared").mayOnlyBeAccessedByLayers("commands", "pipeline", "stages")
            .because("data flows one way: cli -> pipeline -> stages -> shared text utilities and model");

    @ArchTest
    static final ArchRule noStageImportsAnother = slices()
            .matching("org.casualtytrends.(ingest|annotate|extract|duplicates|events|trends|output|report)..")
            .should().notDependOnEachOther()
            .because("each stage is a function Dataset -> Dataset that the pipeline wires; what two share lives below them");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.casualtytrends.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theJobNeverNamesTheBench = noClasses().that().resideOutsideOfPackage("org.casualtytrends.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.casualtytrends.bench..")
            .because("the bench is not part of the job: the cli finds it on the classpath (cli.ExtraCommand)");

    /** The classes of the job and the bench: not the tests (found where this class was loaded from, wherever the build puts them). */
    static final class WithoutTests implements ImportOption {
        private final String testClasses = ImportDirectionTest.class.getProtectionDomain().getCodeSource().getLocation().toString();

        @Override
        public boolean includes(Location location) {
            return !location.asURI().toString().startsWith(testClasses);
        }
    }
}
