/**
 * OneNumber's switch protocol, version 1: how the application (through its resource adapter) drives the
 * hosted PBX, and the one place it is documented. {@code org.onenumber.switchsim} is its reference
 * implementation.
 *
 * <h2>Connection and framing</h2>
 * A TCP connection (TLS optional, loopback only for the emulator). Each message is a frame: a 4-byte
 * big-endian length, then that many bytes of UTF-8 XML, at most {@link Frames#MAX_FRAME_BYTES} (1 MiB). A
 * frame with a length outside 1..1 MiB ends the connection (the stream cannot be resynchronised); a
 * well-framed message that is not valid XML of this protocol is answered 400 and the connection goes on.
 * DTDs and entities are refused. One session per connection: the first request must be a login.
 *
 * <h2>Requests and responses</h2>
 * The root element names the message. Every request carries an {@code id} the client chooses, unique among
 * its requests in flight on the connection, and gets exactly one {@code <response id status text>} with the
 * same id, in the order the requests were sent (the switch handles one request of a connection at a time).
 * Absent optional attributes mean "none"; unknown attributes are ignored.
 * <table>
 * <caption>Requests</caption>
 * <tr><th>Element</th><th>Attributes and children</th><th>Response body</th></tr>
 * <tr><td>login</td><td>user, password</td><td>-</td></tr>
 * <tr><td>applySubscriber</td><td>subscriber, version, businessNumber, extension, displayName, mobility,
 * doNotDisturb, voicemail, mobilityExtension, video, account, site, pinDigest;
 * {@code <endpoint kind=DESK|MOBILE_CLIENT|CELL|OFFICE_ANYWHERE address>}*;
 * {@code <ring preferredDevice=AUTO_PILOT|WORK_PHONE|MOBILE|CUSTOM customNumber ringNoAnswerSeconds
 * simultaneousRing routeToCell=true wifiSeconds=15 deskSeconds=10 cellSeconds=15 [quietWhenBusy=true]>} with {@code <number>}* and
 * {@code <rule name callers days from until zone target=DESK|MOBILE_CLIENT|CELL|NUMBER|VOICEMAIL number>}*;
 * {@code <mobileApp alertClickToDial phonesToRing=OFFICE|MOBILE|BOTH answerConfirmation
 * outboundMode=VOIP|CALL_THROUGH|CALL_BACK>} (absent while the Mobile App is off);
 * {@code <forwarding all busy noReply noReplySeconds=12>}</td>
 * <td>-</td></tr>
 * <tr><td>removeSubscriber</td><td>subscriber, version</td><td>-</td></tr>
 * <tr><td>applyPortal</td><td>portal, version, number, name, extension, scope=COMPANY|SITE, site, account</td>
 * <td>-</td></tr>
 * <tr><td>removePortal</td><td>portal, version</td><td>-</td></tr>
 * <tr><td>applyAccountMobility</td><td>account, version, mobilityRouter, groupName, voicemailAccessNumber,
 * accessNumber, reverseDialNumber, handoverNumber</td><td>-</td></tr>
 * <tr><td>moveCall</td><td>commandId, callId, target=DESK|MOBILE|OFFICE_ANYWHERE|CELL, address</td><td>-</td></tr>
 * <tr><td>portalCall</td><td>from, portal, to</td>
 * <td>{@code <portalCallResult callId subscriber callerId rateClass=LOCAL|LONG_DISTANCE|INTERNATIONAL>}</td></tr>
 * <tr><td>inventory</td><td>kind=SUBSCRIBER|ENDPOINT|PORTAL|ACCOUNT_MOBILITY, cursor, pageSize (1..500)</td>
 * <td>{@code <inventoryPage nextCursor>} with {@code <item key version owner account>}*; an ACCOUNT_MOBILITY item
 * holds {@code <accountMobility mobilityRouter groupName voicemailAccessNumber accessNumber reverseDialNumber
 * handoverNumber>}</td></tr>
 * <tr><td>registrations</td><td>subscriber</td>
 * <td>{@code <registrationList subscriber>} with {@code <endpoint kind address registered>}*</td></tr>
 * <tr><td>activeCalls</td><td>subscriber</td>
 * <td>{@code <callList>} with {@code <call callId subscriber from state device parties flags>}*</td></tr>
 * <tr><td>simulateCall</td><td>to (a business number), from</td>
 * <td>{@code <routingTrace subscriber>} with {@code <step target address start ring outcome>}*</td></tr>
 * <tr><td>subscribe</td><td>fromSequence</td><td>-; events follow</td></tr>
 * </table>
 *
 * <h2>Status codes</h2>
 * 200 OK; 202 IGNORED_STALE (the switch already holds this or a newer version: success, nothing to do);
 * 400 BAD_REQUEST (malformed or invalid; do not retry); 401 UNAUTHORIZED (log in first, or wrong
 * credentials); 404 NOT_FOUND; 409 REFUSED (the switch will not do it: a call that cannot be moved, an
 * endpoint or number owned by another subscriber, a command id reused for a different move, a portal call
 * it will not place); 500 ERROR and
 * 503 UNAVAILABLE (transient: retry with backoff). The text says why, for a person.
 *
 * <h2>Versioned desired state</h2>
 * apply* and remove* carry the whole desired state and a version that only grows (1 and up). The switch
 * applies one only if its version is greater than the version it holds for that key, otherwise it answers
 * 202 and changes nothing; a removal keeps its version, so an older apply replayed later cannot resurrect
 * what was removed. Replays are therefore harmless and a dispatcher may resend whenever an outcome is
 * unknown (timeout, broken connection). The inventory lists live keys with their applied versions in key
 * order (the order of the keys' UTF-16 code units, Java's {@code String} order); an endpoint's key is
 * {@code KIND:address} and it carries its owner's version. {@code account} names the account a subscriber, its
 * endpoints or a portal belong to, as their state names it. {@code nextCursor} is opaque and absent on the last page.
 *
 * <h2>Imperative commands</h2>
 * moveCall is de-duplicated by {@code commandId}: a repeat gets the first result (same status and text)
 * and does nothing again; the same command id for another call or target is 409. A call cannot be moved while
 * it is a large conference (more than 3 parties, unless dialed into a conference bridge), bridged, on a
 * secondary line appearance, from a hunt group queue, or a silent monitor call; nor before it is answered.
 * OFFICE_ANYWHERE moves a desk call to the subscriber's Office Anywhere number {@code address} (the first when
 * absent) and DESK pulls it back; CELL moves a call to the subscriber's cell number {@code address} (the first when
 * absent); 409 when they have no such number or {@code address} is not theirs, and for MOBILE when they have no
 * mobile client. An address with DESK or MOBILE is 400. A call does not move between the Office Anywhere phone and
 * the mobile client or the cell phone.
 * <p>
 * Routing (simulateCall): Forward All, then Do Not Disturb, then the first {@code rule} that matches (a caller in
 * {@code callers}, space-separated E.164, any when absent; today in {@code days}, space-separated MONDAY..SUNDAY,
 * every day when absent; the time of day within {@code from..until}, HH:MM, in {@code zone}, UTC when absent, a
 * window ending before it starts runs past midnight, all day when absent) rings its target for that device's timer
 * (NUMBER: {@code number} for ringNoAnswerSeconds, or the cell timer when 0) and then ends the call; else the
 * preferred device: Auto-Pilot rings the registered mobile client for wifiSeconds, the desk phone for deskSeconds,
 * and with routeToCell the cell phone for cellSeconds. The end is voicemail, or release without it.
 * {@code pinDigest} is {@code pbkdf2-sha256$iterations$salt$hash} ({@link PinDigest}); anything else is 400.
 * <p>
 * portalCall places a call from an Office Anywhere number through a portal, as the subscriber owning that
 * number, presenting their business number. It is refused (409, the text says why) when no portal has the
 * number, when {@code from} is no subscriber's Office Anywhere number, when the subscriber has no business
 * number, or when the subscriber is outside the portal's scope: a COMPANY portal admits the subscribers whose
 * account is the portal's account, a SITE portal those whose site is the portal's site. {@code to} is E.164
 * (400 otherwise). A +1 destination in the portal number's area code is LOCAL, in another LONG_DISTANCE, any
 * other INTERNATIONAL; the last two carry the TOLL flag. The call is answered at once on OFFICE_ANYWHERE
 * (CALL_STATE RINGING then CONNECTED) and its USAGE names destination, rateClass and portal. Not
 * de-duplicated: resending places another call.
 *
 * <h2>Events</h2>
 * After {@code <subscribe fromSequence=N>} is answered 200, the switch pushes
 * {@code <event seq time type subscriber ...>} on the same connection: REGISTRATION (endpointKind, endpoint,
 * registered), CALL_STATE (callId, state RINGING|CONNECTED|HELD|ENDED, device), USAGE (callId, seconds, toll,
 * and for portal calls destination, rateClass, portal).
 * {@code seq} grows strictly over the switch's one event stream. The client acknowledges with
 * {@code <ack seq>}, cumulative and without a response (the only message without an id); subscribing from N
 * also acknowledges up to N. Events not acknowledged stay with the switch and are pushed again to the next
 * subscription, so a client that reconnects subscribes from its last acknowledged seq and loses nothing;
 * it may see an event twice and must be idempotent by seq. A fromSequence beyond the switch's last seq is
 * 400: the switch's stream was reset, and the client subscribes from 0.
 *
 * <h2>Example</h2>
 * <pre>{@code
 * > <login id="1" user="onenumber" password="..."/>
 * < <response id="1" status="200" text="Welcome"/>
 * > <applySubscriber id="2" subscriber="acct-42/1001" version="7" businessNumber="+15615550100"
 *       extension="1001" displayName="Ada Lovelace" mobility="true" voicemail="true">
 *     <endpoint kind="DESK" address="00:10:49:1A:2B:3C"/>
 *     <endpoint kind="MOBILE_CLIENT" address="FEBC00000027"/>
 *     <ring preferredDevice="AUTO_PILOT"/>
 *   </applySubscriber>
 * < <response id="2" status="200" text="Applied version 7 of subscriber acct-42/1001"/>
 * > (the same applySubscriber again, id="3")
 * < <response id="3" status="202" text="Ignored: acct-42/1001 is already at version 7"/>
 * > <subscribe id="4" fromSequence="0"/>
 * < <response id="4" status="200" text="Subscribed after seq 0 (last seq 2)"/>
 * < <event seq="1" time="2025-11-22T10:15:30Z" subscriber="acct-42/1001" type="REGISTRATION"
 *       endpointKind="DESK" endpoint="00:10:49:1A:2B:3C" registered="true"/>
 * < <event seq="2" .../>
 * > <ack seq="2"/>
 * }</pre>
 * {@link SwitchClient} speaks all of this: request/response matching, timeouts, events and acks.
 */
package org.onenumber.switchadapter.wire;
