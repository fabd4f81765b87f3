package org.tandem.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Erase;
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
                        "who a person is", "the person | admins", "until deleted").onErase(Erase.custom("anonymised"))),
                declared("workflow", Table.personal("meetings", List.of("shared_notes"), "meetings", "members", "ever")
                        .onErase(Erase.steps().removing("logged_by_id = ?", "shared_notes").anonymising(
                                "relationship_id = ?", "shared_notes")))));
        assertTrue(page.startsWith("# Personal data in Tandem\n"), page);
        assertTrue(page.contains("## Feature `core`\n\n| table | personal data | why | who may see it | kept | on erasure |\n"
                + "|---|---|---|---|---|---|\n| `people` | `id`, `email` | who a person is | the person \\| admins |"
                + " until deleted | anonymised |\n\nWithout personal data: `programs` (programs).\n\n## Feature `workflow`"),
                page);
        assertTrue(page.endsWith("| `meetings` | `shared_notes` | meetings | members | ever | text (shared_notes) removed"
                + " where logged_by_id is the person; anonymised with its closed relationship |\n"), page);
    }

    @Test
    void anUndeclaredErasureSaysSoAndDeletedRowsAreNamed() {
        assertEquals("NOT DECLARED", Markdown.erasure(null));
        assertEquals("rows where mentee_id is the person OR mentor_id is the person deleted",
                Markdown.erasure(Erase.deleteRows("mentee_id", "mentor_id")));
        assertEquals("kept: ids only", Markdown.erasure(Erase.keep("ids only")));
    }

    @Test
    void aTableWithoutPersonalColumnsIsNotPersonal() {
        assertEquals(false, Table.none("x", "y").personal());
        assertEquals(true, Table.personal("x", List.of("person_id"), "p", "v", "k").personal());
    }
}
