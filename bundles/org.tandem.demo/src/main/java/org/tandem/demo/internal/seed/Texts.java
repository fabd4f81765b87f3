package org.tandem.demo.internal.seed;

/** What a sample pair writes, in English or in German. */
record Texts(String shortGoals, String longGoals, String objectives, String offers, String agreement,
        String selfAssessment, String goal1, String measure1, String goal2, String measure2, String notes1,
        String notes2, String privateNote, String challenge, String challengeText) {

    static final Texts ENGLISH = new Texts("Submit my first paper", "A faculty position in five years",
            "Plan my research career and learn to say no",
            "Advice on publishing and on the academic job market",
            "{\"purpose\":\"Research independence and a publication plan\",\"goals\":\"See the development plan\","
                    + "\"roles\":\"The mentee sets the agenda; the mentor asks and advises\",\"meetingEveryDays\":14,"
                    + "\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\",\"confidentiality\":\"What we discuss stays"
                    + " between us\",\"problemResolution\":\"We talk first, then ask the coordinator\"}",
            "Strong in statistics, slow at writing", "Submit a paper to a methods journal", "Under review",
            "Present at a conference", "Talk accepted",
            "Agreed on an outline and a writing schedule", "Reviewed the first draft; two sections to rewrite",
            "I was nervous about sharing the draft", "Too little time for writing",
            "Teaching takes most of the week; writing keeps slipping");

    static final Texts GERMAN = new Texts("Meinen ersten Artikel einreichen", "In fünf Jahren eine Professur",
            "Meine Forschungslaufbahn planen und Nein sagen lernen",
            "Rat zum Publizieren und zum akademischen Arbeitsmarkt",
            "{\"purpose\":\"Selbstständig forschen und einen Publikationsplan haben\",\"goals\":\"Siehe den"
                    + " Entwicklungsplan\",\"roles\":\"Der Mentee bestimmt die Themen, die Mentorin fragt und berät\","
                    + "\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\",\"confidentiality\":"
                    + "\"Was wir besprechen, bleibt unter uns\",\"problemResolution\":\"Erst miteinander reden, dann die"
                    + " Koordinatorin fragen\"}",
            "Stark in Statistik, langsam im Schreiben", "Einen Artikel bei einer Methodenzeitschrift einreichen",
            "Im Review", "Auf einer Tagung vortragen", "Vortrag angenommen",
            "Gliederung und Schreibplan vereinbart", "Ersten Entwurf besprochen; zwei Abschnitte neu schreiben",
            "Ich war nervös, den Entwurf zu zeigen", "Zu wenig Zeit zum Schreiben",
            "Die Lehre nimmt den Großteil der Woche ein; das Schreiben rutscht immer wieder nach hinten");
}
