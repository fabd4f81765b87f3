package org.tandem.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Table;

class MarkdownTest {
    private static PersonalData declared(String feature, Table... tables) {
        return new PersonalData() {
            @Override
            public String feature() {
                return feature;
            }

            @Override
            public List<Table> tables() {
                return List.of(tables);
            }
        };
    }

    @Test
    void eachFeatureListsItsPersonalTablesThenTheOthers() {
        String page = Markdown.render(List.of(
                declared("core", Table.none("programs", "programs"), Table.personal("people", List.of("id", "email"),
                        "who a person is", "the person | admins", "until deleted")),
                declared("workflow", Table.personal("meetings", List.of("shared_notes"), "meetings", "members", "ever"))));
        assertTrue(page.startsWith("# Personal data in Tandem\n"), page);
        assertTrue(page.contains("## Feature `core`\n\n| table | personal data | why | who may see it | kept |\n"
                + "|---|---|---|---|---|\n| `people` | `id`, `email` | who a person is | the person \\| admins |"
                + " until deleted |\n\nWithout personal data: `programs` (programs).\n\n## Feature `workflow`"), page);
        assertTrue(page.endsWith("| `meetings` | `shared_notes` | meetings | members | ever |\n"), page);
    }

    @Test
    void aTableWithoutPersonalColumnsIsNotPersonal() {
        assertEquals(false, Table.none("x", "y").personal());
        assertEquals(true, Table.personal("x", List.of("person_id"), "p", "v", "k").personal());
    }
}
