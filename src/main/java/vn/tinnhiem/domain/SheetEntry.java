package vn.tinnhiem.domain;

/**
 * One keying of a round's tally sheet: its pass (1 the first reader, 2 the second in the twice mode, 3 and on
 * the sheet read again) and the numbers keyed. Every entry stays in the record; {@link SheetLife} says which
 * one counts.
 */
public record SheetEntry(int pass, TallySheet sheet) {
}
