package vn.tinnhiem.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster from CSV bytes: UTF-8 with or without BOM; comma, semicolon or tab separated; a header row
 * naming the columns (Họ và tên, Chức vụ, and optionally STT, which then gives the ballot order); one official a
 * row; quoted fields as Excel writes them, line breaks inside a cell included (RFC 4180, see {@link CsvRecords}). Every bad line is reported; a file with any problem imports nothing.
 */
public final class RosterCsv {
    public static final int MAX_OFFICIALS = 500;

    private static final List<String> NAME = List.of("họ và tên", "họ tên", "ho_ten", "ho ten", "ho va ten",
            "full name", "fullname", "name");
    private static final List<String> POSITION = List.of("chức vụ", "chuc_vu", "chuc vu", "position", "title");
    private static final List<String> ORDER = List.of("stt", "no", "order");

    private RosterCsv() {
    }

    public static RosterImport read(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return fileProblem("error.csv.utf16");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem("error.csv.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int firstLine = 0;
        while (firstLine < lines.length && lines[firstLine].isBlank()) {
            firstLine++;
        }
        if (firstLine == lines.length) {
            return fileProblem("error.csv.empty");
        }
        char sep = separator(lines[firstLine]);
        List<CsvRecords.Row> records = CsvRecords.split(text, sep);
        int first = 0;
        while (first < records.size() && records.get(first).blank()) {
            first++;
        }
        if (first == records.size()) {
            return fileProblem("error.csv.empty");
        }
        List<String> header = records.get(first).cells();
        int headerLine = records.get(first).line();
        int nameCol = -1;
        int positionCol = -1;
        int orderCol = -1;
        List<LineProblem> problems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = Normalizer.normalize(header.get(c), Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
            if (NAME.contains(h) && nameCol < 0) {
                nameCol = c;
            } else if (POSITION.contains(h) && positionCol < 0) {
                positionCol = c;
            } else if (ORDER.contains(h) && orderCol < 0) {
                orderCol = c;
            } else {
                problems.add(new LineProblem(headerLine, Problem.of("error.csv.unknownColumn",
                        header.get(c).strip())));
            }
        }
        if (nameCol < 0 || positionCol < 0) {
            return new RosterImport(List.of(), List.of(new LineProblem(headerLine, Problem.of("error.csv.header"))));
        }
        record Row(int line, int order, OfficialDraft official) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, Integer> orders = new HashMap<>();
        for (int i = first + 1; i < records.size(); i++) {
            CsvRecords.Row record = records.get(i);
            int lineNo = record.line();
            if (record.unclosedQuote()) {
                problems.add(new LineProblem(lineNo, Problem.of("files.csv.unclosedQuote")));
                continue;
            }
            if (record.blank()) {
                continue; // ";;" is how Excel saves a row that was formatted but left empty
            }
            List<String> cells = record.cells();
            if (cells.size() != header.size()) {
                problems.add(new LineProblem(lineNo, Problem.of("error.csv.columns", header.size(), cells.size())));
                continue;
            }
            Checked<String> name = TextRules.personName(cells.get(nameCol));
            Checked<String> position = TextRules.required(cells.get(positionCol));
            if (!name.isOk()) {
                problems.add(new LineProblem(lineNo, Problem.of("error.csv.name", name.problem())));
                continue;
            }
            if (!position.isOk()) {
                problems.add(new LineProblem(lineNo, Problem.of("error.csv.position", position.problem())));
                continue;
            }
            int order = rows.size() + 1;
            if (orderCol >= 0) {
                Checked<Integer> stt = Numbers.count(cells.get(orderCol));
                if (!stt.isOk() || stt.value() < 1) {
                    problems.add(new LineProblem(lineNo, Problem.of("error.csv.order", cells.get(orderCol).strip())));
                    continue;
                }
                order = stt.value();
                Integer earlier = orders.putIfAbsent(order, lineNo);
                if (earlier != null) {
                    problems.add(new LineProblem(lineNo, Problem.of("error.csv.duplicateOrder", order, earlier)));
                    continue;
                }
            }
            String key = name.value().toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, lineNo);
            if (earlier != null) {
                problems.add(new LineProblem(lineNo, Problem.of("error.csv.duplicateName", name.value(), earlier)));
                continue;
            }
            rows.add(new Row(lineNo, order, new OfficialDraft(name.value(), position.value())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return fileProblem("error.csv.noRows");
        }
        if (rows.size() > MAX_OFFICIALS) {
            problems.add(new LineProblem(0, Problem.of("error.csv.tooMany", rows.size(), MAX_OFFICIALS)));
        }
        if (!problems.isEmpty()) {
            return new RosterImport(List.of(), problems);
        }
        rows.sort(Comparator.comparingInt(Row::order));
        return new RosterImport(rows.stream().map(Row::official).toList(), List.of());
    }

    private static RosterImport fileProblem(String key) {
        return new RosterImport(List.of(), List.of(new LineProblem(0, Problem.of(key))));
    }

    private static char separator(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
