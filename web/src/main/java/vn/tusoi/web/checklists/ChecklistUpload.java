package vn.tusoi.web.checklists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.ChecklistDiff;
import vn.tusoi.web.api.Problem;
import vn.tusoi.web.api.SessionApi;

/**
 * A list an administrator loads: the text of a CSV file (a spreadsheet's export: {@code group,groupTitle,number,text,
 * source}) or of a JSON file (a version as the API gives it, edited), sent to session-service as what it is. Its text
 * travels with the page from the difference to the publication, so it is bounded.
 */
record ChecklistUpload(String text, JsonNode json) {

    /** The largest list this screen carries; a longer one goes through the API. */
    static final int MAX_BYTES = 128 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The list in this text: JSON when it opens with a brace, a CSV otherwise. */
    static ChecklistUpload read(String text) {
        String list = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!list.strip().startsWith("{")) {
            return new ChecklistUpload(list, null);
        }
        try {
            return new ChecklistUpload(list, JSON.readTree(list));
        } catch (JsonProcessingException e) {
            throw new Unreadable(new Problem(Problem.TYPE_PREFIX + "unreadable-body", "Bad Request", 400,
                    "not JSON: " + e.getOriginalMessage(), "body", null));
        }
    }

    ChecklistDiff diff(SessionApi sessions, String checklistId) {
        return json != null ? sessions.checklistDiff(checklistId, json) : sessions.checklistDiffCsv(checklistId, text);
    }

    Checklist publish(SessionApi sessions, String key, String ifMatch, String checklistId) {
        return json != null
                ? sessions.publishChecklist(key, ifMatch, checklistId, json)
                : sessions.publishChecklistCsv(key, ifMatch, checklistId, text);
    }

    /** A file that says it is JSON and is not: refused here, before any service is asked. */
    static final class Unreadable extends RuntimeException {

        final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }
    }
}
