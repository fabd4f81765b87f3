package org.tandem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.json.JsonObject;
import javax.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;

class JsonpTest {
    @Test
    void buildsAndReadsBackWhatItBuilt() {
        String json = Jsonp.objectBuilder().add("name", "Ada \"A\" <b>").add("tags", Jsonp.arrayBuilder().add("x"))
                .build().toString();
        JsonObject o = Jsonp.reader(json).readObject();
        assertEquals("Ada \"A\" <b>", o.getString("name"));
        assertEquals("x", o.getJsonArray("tags").getString(0));
        assertEquals("\"caf\u00e9\"", Jsonp.value("caf\u00e9").toString());
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(JsonParsingException.class, () -> Jsonp.reader("{\"a\":").readObject());
        assertThrows(javax.json.JsonException.class, () -> Jsonp.reader(null).readObject());
    }
}
