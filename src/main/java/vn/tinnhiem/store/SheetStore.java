package vn.tinnhiem.store;

import java.util.List;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/** The tally sheets of rounds counted from them. Each method is one transaction, committed when it returns. */
public interface SheetStore {
    /** Every entry of the round's sheet, by pass. */
    List<SheetEntry> entries(long roundId);

    /** The entries of a round counted from tally sheets; none, without reading the file, for any other round. */
    default List<SheetEntry> of(Round round) {
        return round.settings().counting().fromTallySheets() ? entries(round.id()) : List.of();
    }

    /**
     * Saves one keying of the round's sheet as its next pass, with its audit entry; refused (a {@link StoreException}
     * with a message key) when the round is closed, not counted from sheets, of another shape, or its sheet is
     * settled ({@link vn.tinnhiem.domain.SheetLife#entering}).
     */
    SheetEntry record(long roundId, TallySheet sheet);
}
