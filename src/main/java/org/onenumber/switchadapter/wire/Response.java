package org.onenumber.switchadapter.wire;

/** The answer to one request; {@code body} is null for requests that only need a status. */
public record Response(String id, Status status, String text, ResponseBody body) implements Message {

    public static Response of(String id, Status status, String text) {
        return new Response(id, status, text, null);
    }

    public static Response ok(String id, ResponseBody body) {
        return new Response(id, Status.OK, "OK", body);
    }

    /** The same answer to another request; how a switch replays a de-duplicated command's first result. */
    public Response withId(String newId) {
        return new Response(newId, status, text, body);
    }

    public boolean isSuccess() {
        return status.isSuccess();
    }

    /** The body as the type the request implies; fails loudly if the switch sent something else. */
    public <T extends ResponseBody> T body(Class<T> type) {
        if (!type.isInstance(body)) {
            throw new IllegalStateException("Response " + id + " (" + status + " " + text + ") carries "
                    + (body == null ? "no body" : body.getClass().getSimpleName()) + ", not " + type.getSimpleName());
        }
        return type.cast(body);
    }
}
