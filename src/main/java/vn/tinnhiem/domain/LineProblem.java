package vn.tinnhiem.domain;

/** Why one line of an imported file was refused; line numbers count from 1 as an editor shows them. */
public record LineProblem(int line, Problem problem) {
}
