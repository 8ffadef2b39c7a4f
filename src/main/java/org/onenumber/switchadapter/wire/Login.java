package org.onenumber.switchadapter.wire;

/** Opens the session; every other request on a connection is refused with 401 until one succeeds. */
public record Login(String id, String user, String password) implements Request {

    @Override
    public String toString() {
        return "Login[id=" + id + ", user=" + user + "]";
    }
}
