package vn.tinnhiem.domain;

import java.util.List;

/** A roster read from a file: every official in order, or every bad line. An import with problems adds nothing. */
public record RosterImport(List<OfficialDraft> officials, List<LineProblem> problems) {
    public RosterImport {
        officials = List.copyOf(officials);
        problems = List.copyOf(problems);
    }

    public boolean isOk() {
        return problems.isEmpty();
    }
}
