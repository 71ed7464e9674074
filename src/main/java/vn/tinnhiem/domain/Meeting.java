package vn.tinnhiem.domain;

import java.util.List;

/** A meeting or sitting that rates its officials: one session on one date. */
public record Meeting(long id, MeetingDetails details) {
    public String title() {
        return details.title();
    }
}
