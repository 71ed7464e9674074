package vn.tinnhiem.domain;

/** A person being rated (người được lấy phiếu), as the roster lists them: in rank order, not alphabetical. */
public record Official(long id, int order, String fullName, String position) {
}
