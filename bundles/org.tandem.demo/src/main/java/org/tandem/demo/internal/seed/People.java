package org.tandem.demo.internal.seed;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import javax.json.JsonObject;
import javax.json.JsonStructure;
import org.tandem.demo.internal.platform.Cast;

/** The sample people once launched: each one's session and person id, and API calls made as them. */
final class People {
    private final SelfHttp http;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    People(SelfHttp http) {
        this.http = http;
    }

    void launched(Cast.Person p, String token) throws IOException {
        tokens.put(p.key(), token);
        ids.put(p.key(), ((JsonObject) call(p.key(), "GET", "/me", null, null, 200)).getJsonObject("person").getString("id"));
    }

    String id(String key) {
        return ids.get(key);
    }

    JsonStructure get(String key, String path) throws IOException {
        return call(key, "GET", path, null, null, 200);
    }

    JsonStructure post(String key, String path, String json, int expected) throws IOException {
        return call(key, "POST", path, json, null, expected);
    }

    JsonStructure put(String key, String path, String json, String ifMatch, int expected) throws IOException {
        return call(key, "PUT", path, json, ifMatch, expected);
    }

    private JsonStructure call(String key, String method, String path, String json, String ifMatch, int expected)
            throws IOException {
        HttpResponse<String> r = http.api(method, path, tokens.get(key), json, ifMatch);
        Launcher.expect(r, expected, method + " " + path + " as " + key);
        return r.body().isBlank() ? null : SelfHttp.json(r.body());
    }
}
