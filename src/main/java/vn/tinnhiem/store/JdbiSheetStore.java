package vn.tinnhiem.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.SheetAudit;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/**
 * The tally sheets on the store's own connection: an entry and its audit entry are one transaction, committed
 * before the screen is told the sheet is saved (WAL, synchronous=FULL, as every write of the store).
 */
final class JdbiSheetStore implements SheetStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiSheetStore.class);

    private final Handle handle;
    private final Clock clock;
    private final OutsideEdits outside;

    JdbiSheetStore(Handle handle, Clock clock, OutsideEdits outside) {
        this.outside = outside;
        this.handle = handle;
        this.clock = clock;
    }

    /** The entries of a round as the store's other reads see them, inside their transaction. */
    static List<SheetEntry> entries(Handle h, Round round) {
        try {
            return CountingRows.sheets(h.getConnection(), round);
        } catch (java.sql.SQLException e) {
            throw new StoreException(Problem.of("error.db.failed", Refusals.rootMessage(e)), e);
        }
    }

    @Override
    public List<SheetEntry> entries(long roundId) {
        return tx(h -> entries(h, JdbiStore.round(h, roundId)));
    }

    @Override
    public SheetEntry record(long roundId, TallySheet sheet) {
        return tx(h -> {
            Round round = JdbiStore.round(h, roundId);
            if (!round.isOpen()) {
                throw new StoreException(Problem.of("error.round.closed"));
            }
            if (!round.settings().counting().fromTallySheets()) {
                throw new StoreException(Problem.of("sheet.entry.notSheetRound", round.number()));
            }
            if (sheet.officials() != round.officials().size() || sheet.levels() != round.levels()) {
                throw new StoreException(Problem.of("sheet.entry.shape", round.officials().size(), round.levels()));
            }
            Checked<Integer> pass = RoundCount.sheet(round, entries(h, round)).entering(round.issued());
            if (!pass.isOk()) {
                throw new StoreException(pass.problem());
            }
            SheetEntry entry = new SheetEntry(pass.value(), sheet);
            String at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
            SheetRows.insert(h, roundId, entry, at);
            AuditLog.append(h, at, AuditKind.SHEET_RECORDED, round.meetingId(), roundId,
                    SheetAudit.recorded(round, entry));
            return entry;
        });
    }

    private <T> T tx(HandleCallback<T, RuntimeException> work) {
        try {
            return handle.inTransaction(h -> outside.guard(h, work));
        } catch (StoreException e) {
            throw e;
        } catch (JdbiException e) {
            LOG.error("storage failed", e);
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            throw new StoreException(Problem.of("error.db.failed", Refusals.rootMessage(t)), e);
        }
    }
}
