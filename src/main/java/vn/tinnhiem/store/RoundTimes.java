package vn.tinnhiem.store;

import java.time.OffsetDateTime;

/** When a round was opened and closed, as the store recorded them; {@code closed} is null while it is open. */
public record RoundTimes(OffsetDateTime opened, OffsetDateTime closed) {
}
