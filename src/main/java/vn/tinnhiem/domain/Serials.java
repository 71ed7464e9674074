package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/** Serials (or lines) as a reader scans them: "3, 7, 9–14", runs of three or more shortened. */
public final class Serials {
    private Serials() {
    }

    public static String text(List<Integer> sorted) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                out.add(sorted.get(i) + "–" + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(String.valueOf(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", out);
    }
}
