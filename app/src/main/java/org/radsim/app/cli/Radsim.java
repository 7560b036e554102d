package org.radsim.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code radsim} command: one verb per subcommand. */
@Command(name = "radsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulator of recruitment and radicalization dynamics, for comparing prevention policies.",
        subcommands = {
                RunCommand.class,
                CompareCommand.class,
                ReportCommand.class,
                SweepCommand.class,
                CalibrateCommand.class,
                AnalyzeCommand.class,
                DiscoverCommand.class,
                OptimizeCommand.class,
                ValidateCommand.class,
                BenchCommand.class,
                SchemaCommand.class,
                ScenariosCommand.class,
                GuiCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Radsim {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Radsim());
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
