package org.datadeed.portal.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service refused a call or could not be reached. Carries what the person needs to know: the HTTP status and the
 * service's RFC 9457 problem (title, detail, field errors), so the page can say why nothing changed.
 */
public final class ServiceProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<String> fieldErrors;

    private ServiceProblem(int status, String type, String title, String detail, List<String> fieldErrors, Throwable cause) {
        super(status + " " + title + (detail == null ? "" : ": " + detail), cause);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /**
     * @param status the HTTP status, 0 when no answer came (unreachable, timed out)
     * @param body the response body, an {@code application/problem+json} document when the service refused
     */
    public static ServiceProblem of(int status, String body, Throwable cause) {
        if (status == 0) {
            return new ServiceProblem(503, null, "unreachable", null, List.of(), cause);
        }
        String type = null;
        String title = null;
        String detail = null;
        List<String> fieldErrors = new ArrayList<>();
        if (body != null && !body.isBlank()) {
            try {
                JsonNode problem = JSON.readTree(body);
                type = text(problem, "type");
                title = text(problem, "title");
                detail = text(problem, "detail");
                for (JsonNode error : problem.path("errors")) {
                    fieldErrors.add(text(error, "field") + ": " + text(error, "message"));
                }
            } catch (JacksonException e) {
                detail = null; // not a problem document: the status says enough
            }
        }
        return new ServiceProblem(status, type, title == null ? "HTTP " + status : title, detail, fieldErrors, cause);
    }

    /** Input the portal itself refuses before calling any service (nothing was sent, nothing changed). */
    public static ServiceProblem refusedHere(String title) {
        return new ServiceProblem(400, null, title, null, List.of(), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public int status() {
        return status;
    }

    /** The stable problem type, e.g. {@code https://datadeed.org/problems/evidence-incomplete}; null when unknown. */
    public String type() {
        return type;
    }

    /** The rule or error the type names: the last segment of its URL (e.g. {@code evidence-incomplete}); null when none. */
    public String rule() {
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<String> fieldErrors() {
        return fieldErrors;
    }

    public boolean unreachable() {
        return "unreachable".equals(title) && status == 503;
    }
}
