package org.radsim.app.cli;

import java.util.concurrent.Callable;

import org.radsim.core.scenario.JsonSchema;
import org.radsim.core.scenario.ScenarioSchema;
import org.radsim.core.scenario.SchemaDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code radsim schema}: the scenario format as JSON Schema, or as Markdown tables. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the scenario format as a JSON Schema (for editor completion), or as Markdown tables.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print Markdown tables (one per section) instead of JSON Schema.")
    boolean markdown;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(markdown ? SchemaDocs.markdown(ScenarioSchema.root()) : JsonSchema.of(ScenarioSchema.root()));
        return 0;
    }
}
