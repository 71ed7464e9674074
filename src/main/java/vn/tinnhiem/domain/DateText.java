package vn.tinnhiem.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A meeting date as Vietnamese minutes write it: dd/MM/yyyy. */
public final class DateText {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }

    /** Accepts d/M/yyyy too and returns it padded: 5/3/2026 → 05/03/2026. */
    public static Checked<String> check(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return Checked.refused("error.date.empty");
        }
        String[] parts = s.split("[/.-]");
        if (parts.length != 3 || parts[2].length() != 4) {
            return Checked.refused("error.date.format", s);
        }
        try {
            String padded = String.format("%02d/%02d/%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts[2]);
            return Checked.ok(FORMAT.format(LocalDate.parse(padded, FORMAT)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Checked.refused("error.date.format", s);
        }
    }
}
