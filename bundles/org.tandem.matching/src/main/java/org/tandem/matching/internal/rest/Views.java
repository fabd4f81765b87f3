package org.tandem.matching.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.json.JsonObject;
import org.tandem.matching.internal.Matching;
import org.tandem.matching.internal.score.Reason;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.store.Request;
import org.tandem.matching.internal.store.Run;
import org.tandem.model.MentorRole;
import org.tandem.storage.Jsonp;

/** The matching API's JSON: scores in points (out of 100) with each criterion's share and reason. */
public final class Views {
    private Views() {
    }

    public record Part(String criterion, int weight, double similarity, double points, String why) {
    }

    public record Proposal(int slot, String menteeId, String menteeName, MentorRole role, String mentorId, String mentorName,
            double score, List<Part> breakdown, boolean edited, String relationshipId) {
    }

    public record RunView(String id, long version, String status, String objective, boolean certified, String createdAt,
            String publishedAt, int slots, int matched, double total, List<Proposal> proposals) {
    }

    public record Suggestion(MentorRole role, String mentorId, String mentorName, double score, List<Part> breakdown) {
    }

    public record RequestView(String id, long version, String menteeId, String menteeName, String mentorId, String mentorName,
            MentorRole role, String status, double score, String createdAt, String dueAt, String decidedAt,
            String relationshipId, String forwardedFrom) {
    }

    static RunView run(Run r, Map<String, String> names, Locale language) {
        List<Proposal> ps = r.proposals().stream().map(p -> new Proposal(p.slot(), p.menteeId(), names.get(p.menteeId()),
                p.role(), p.mentorId(), p.mentorId() == null ? null : names.get(p.mentorId()), p.score() / 100.0,
                parts(p.breakdown(), language), p.edited(), p.relationshipId())).toList();
        int matched = (int) r.proposals().stream().filter(p -> p.mentorId() != null).count();
        int total = r.proposals().stream().mapToInt(Run.Proposal::score).sum();
        return new RunView(r.id(), r.version(), r.status().name(), r.objective(), r.certified(), r.createdAt().toString(),
                r.publishedAt() == null ? null : r.publishedAt().toString(), ps.size(), matched, total / 100.0, ps);
    }

    static Suggestion suggestion(Matching.Suggestion s, Map<String, String> names, Locale language) {
        return new Suggestion(s.role(), s.mentorId(), names.get(s.mentorId()), s.breakdown().total() / 100.0,
                parts(s.breakdown(), language));
    }

    static RequestView request(Request r, Map<String, String> names) {
        return new RequestView(r.id(), r.version(), r.menteeId(), names.get(r.menteeId()), r.mentorId(),
                names.get(r.mentorId()), r.role(), r.status().name(), r.score() / 100.0, r.createdAt().toString(),
                r.dueAt().toString(), r.decidedAt() == null ? null : r.decidedAt().toString(), r.relationshipId(),
                r.forwardedFrom());
    }

    static List<Part> parts(Scorer.Breakdown b, Locale language) {
        return b.parts().stream().map(p -> new Part(p.criterion().name(), p.weight(), p.shownSimilarity(),
                p.shownPoints(), p.why().in(language))).toList();
    }

    /** A stored breakdown: its reasons are keys put into words now (runs stored before keep their English). */
    static List<Part> parts(String json, Locale language) {
        if (json == null) {
            return List.of();
        }
        return Jsonp.reader(json).readArray().stream().map(v -> (JsonObject) v)
                .map(o -> new Part(o.getString("criterion"), o.getInt("weight"), o.getJsonNumber("similarity").doubleValue(),
                        o.getJsonNumber("points").doubleValue(), why(o, language))).toList();
    }

    private static String why(JsonObject o, Locale language) {
        JsonObject reason = o.getJsonObject("reason");
        if (reason == null) {
            return o.getString("why", "");
        }
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        reason.getJsonObject("args").forEach((k, v) -> args.put(k, v instanceof javax.json.JsonNumber n ? n.numberValue()
                : ((javax.json.JsonString) v).getString()));
        return new Reason(reason.getString("key"), args).in(language);
    }
}
