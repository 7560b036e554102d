package org.radsim.app.cli;

import org.radsim.core.run.ToolVersion;

import picocli.CommandLine.IVersionProvider;

/** Supplies {@code radsim --version} from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"radsim " + ToolVersion.version() + " (" + ToolVersion.gitCommit().orElse("commit unknown") + ")"};
    }
}
