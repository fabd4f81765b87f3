package org.tandem.privacy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.storage.PersonalData;
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

                """);
        byFeature.forEach((feature, tables) -> {
            out.append("## Feature `").append(feature).append("`\n\n");
            List<Table> personal = tables.stream().filter(Table::personal).sorted(Comparator.comparing(Table::name))
                    .toList();
            if (!personal.isEmpty()) {
                out.append("| table | personal data | why | who may see it | kept |\n|---|---|---|---|---|\n");
                personal.forEach(t -> out.append("| `").append(t.name()).append("` | ")
                        .append(String.join(", ", t.columns().stream().map(c -> "`" + c + "`").toList())).append(" | ")
                        .append(cell(t.purpose())).append(" | ").append(cell(t.visibleTo())).append(" | ")
                        .append(cell(t.keptFor())).append(" |\n"));
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

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
