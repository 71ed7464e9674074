package vn.tinnhiem.report;

import java.util.List;

/**
 * The one way tinnhiem writes CSV, for every export (results, minutes, audit log): fields separated by commas and
 * quoted as RFC 4180 says (a field holding a comma, a quote or a line break is quoted, quotes doubled), and no
 * field read as a formula: a text starting with = + - @, a tab or a carriage return gets a leading apostrophe, as
 * spreadsheets themselves do, so that a name typed as {@code =HYPERLINK(…)} stays a name in Excel.
 */
final class CsvWriter {
    private final StringBuilder out;
    private final String lineEnd;

    private CsvWriter(StringBuilder out, String lineEnd) {
        this.out = out;
        this.lineEnd = lineEnd;
    }

    /** Lines ending in "\n", for scripts. */
    static CsvWriter unix(StringBuilder out) {
        return new CsvWriter(out, "\n");
    }

    /** Lines ending in CRLF, as Excel writes them. */
    static CsvWriter excel(StringBuilder out) {
        return new CsvWriter(out, "\r\n");
    }

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(guard(fields.get(i))));
        }
        out.append(lineEnd);
        return this;
    }

    /** Never a formula: a leading apostrophe before = + - @, a tab or a carriage return. */
    static String guard(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
