package vn.tinnhiem.cli;

import picocli.CommandLine.IVersionProvider;

/** "tinnhiem 0.1.0" for {@code --version} (see {@link ProgramVersion}). */
final class Version implements IVersionProvider {
    Version() {
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tinnhiem " + ProgramVersion.current()};
    }
}
