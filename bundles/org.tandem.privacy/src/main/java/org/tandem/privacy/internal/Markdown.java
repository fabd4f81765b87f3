package org.tandem.privacy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Erase;
import org.tandem.storage.PersonalData.Table;

/**
 * The register as the page {@code docs/privacy.md}: per feature, each table with personal data (which
 * columns, why, who sees it, how long), then the tables without. A test compares the file with this.
 */
final class Markdown {
    private Markdown() {
    }

    static String render(List<PersonalData> declarations) {
        Map<String, List<Table>> byFeature = new LinkedHashMap<>();
        declarations.forEach(d -> byFeature.computeIfAbsent(d.feature(), f -> new ArrayList<>()).addAll(d.tables()));
        StringBuilder out = new StringBuilder("""
                # Personal data in Tandem

                What each feature stores about people, why, who may see it in Tandem and how long it is kept. This
                page is made from the declarations the features register (`GET /api/admin/privacy?format=markdown`
                with the admin token gives it for a running server), and a test fails when it differs from them or
                when a table in the database is declared by no feature.

                **Erasure** (`POST /api/admin/people/{id}/erasure`, or a coordinator's
                `POST /api/programs/{programId}/privacy/people/{personId}/erasure`) runs the column *on erasure* for
                every table in one transaction, then anonymises the person's own row; it is recorded and a second
                erasure changes nothing. **Retention**: a relationship closed longer than `anonymiseAfterMonths`
                (24 by default, or its program's setting) is anonymised (the text its members wrote is removed;
                phases, dates and numbers stay), and launch records (sessions) go after `launchRecordDays` (30).

                """);
        byFeature.forEach((feature, tables) -> {
            out.append("## Feature `").append(feature).append("`\n\n");
            List<Table> personal = tables.stream().filter(Table::personal).sorted(Comparator.comparing(Table::name))
                    .toList();
            if (!personal.isEmpty()) {
                out.append("| table | personal data | why | who may see it | kept | on erasure |\n|---|---|---|---|---|---|\n");
                personal.forEach(t -> out.append("| `").append(t.name()).append("` | ")
                        .append(String.join(", ", t.columns().stream().map(c -> "`" + c + "`").toList())).append(" | ")
                        .append(cell(t.purpose())).append(" | ").append(cell(t.visibleTo())).append(" | ")
                        .append(cell(t.keptFor())).append(" | ").append(cell(erasure(t.erase()))).append(" |\n"));
                out.append('\n');
            }
            List<Table> other = tables.stream().filter(t -> !t.personal()).sorted(Comparator.comparing(Table::name))
                    .toList();
            if (!other.isEmpty()) {
                out.append("Without personal data: ");
                out.append(String.join("; ", other.stream().map(t -> "`" + t.name() + "` (" + cell(t.purpose()) + ")")
                        .toList()));
                out.append(".\n\n");
            }
        });
        return out.toString().stripTrailing() + "\n";
    }

    /** What erasing a person does to the table, in words. */
    static String erasure(Erase e) {
        if (e == null) {
            return "NOT DECLARED";
        }
        List<String> out = new ArrayList<>();
        for (Erase.Step s : e.person()) {
            out.add(s.deletes() ? "rows where " + s.where().replace(" = ?", " is the person") + " deleted"
                    : "text (" + String.join(", ", s.columns()) + ") removed where " + s.where().replace(" = ?",
                            " is the person"));
        }
        if (e.custom() != null) {
            out.add(e.custom());
        }
        if (e.kept() != null) {
            out.add("kept: " + e.kept());
        }
        if (!e.relationship().isEmpty()) {
            out.add("anonymised with its closed relationship");
        }
        return String.join("; ", out);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
