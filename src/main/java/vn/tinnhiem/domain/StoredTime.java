package vn.tinnhiem.domain;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A time as tinnhiem stores it in the file, {@link OffsetDateTime#toString()} of a time to the second
 * ("2026-11-26T17:48:09+07:00", "2026-11-26T10:48:09Z", the seconds left out when they are 0), read as
 * {@link OffsetDateTime#parse} reads it. Those shapes are read by hand: setting up java.time's parser costs a
 * command about 13 ms of processor time, for the few times {@code verify} and {@code minutes} read. Any other text
 * (another shape, a field out of range, a file edited from outside) goes to {@code OffsetDateTime.parse} itself, so
 * the result, or the {@link java.time.format.DateTimeParseException}, is always exactly its.
 */
public final class StoredTime {
    private StoredTime() {
    }

    public static OffsetDateTime parse(String s) {
        OffsetDateTime t = quick(s);
        return t != null ? t : OffsetDateTime.parse(s);
    }

    /** The time for "yyyy-MM-ddTHH:mm[:ss](Z|±HH:MM)", or {@code null} for any other text. */
    private static OffsetDateTime quick(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int at = 16;
        int second = 0;
        if (n > at && s.charAt(at) == ':') {
            second = digits(s, at + 1, 2);
            at += 3;
        }
        int offset;
        if (n == at + 1 && s.charAt(at) == 'Z') {
            offset = 0;
        } else if (n == at + 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int hours = digits(s, at + 1, 2);
            int minutes = digits(s, at + 4, 2);
            if (hours < 0 || minutes < 0 || minutes > 59 || (hours == 0 && minutes == 0 && s.charAt(at) == '-')) {
                return null; // "+05:60" and "-00:00" are refused by the parser: left to it
            }
            offset = (s.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException e) {
            return null; // out of range: the parser says so in its own words
        }
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
