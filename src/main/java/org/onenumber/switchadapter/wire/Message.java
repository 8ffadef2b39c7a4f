package org.onenumber.switchadapter.wire;

/** Everything that travels in a frame: requests, their responses, pushed events and acks. */
public sealed interface Message permits Request, Response, Event, Ack {
}
