package org.onenumber.switching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switching.entity.SwitchTarget;

class SubscriberDraftTest {

    private static SubscriberDraft station() {
        return new SubscriberDraft().station("+13125550100", "1001", "Ann Lee")
                .routing(RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true);
    }

    @Test
    void contributorsInAnyOrderGiveTheSameState() {
        SubscriberState a = station().endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000002")
                .endpoint(Endpoint.Kind.DESK, "00:11:22:33:44:55").endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000001")
                .mobility("2001", true).build();
        SubscriberState b = new SubscriberDraft().mobility("2001", true).endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000001")
                .endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000002").station("+13125550100", "1001", "Ann Lee")
                .routing(RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true)
                .endpoint(Endpoint.Kind.DESK, "00:11:22:33:44:55").build();
        assertEquals(a, b);
        assertEquals(List.of(new Endpoint(Endpoint.Kind.DESK, "00:11:22:33:44:55"),
                new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000001"),
                new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000002")), a.endpoints());
        assertTrue(a.mobilityEnabled());
        assertEquals("2001", a.mobilityExtension());
    }

    @Test
    void withoutMobilityTheStationHasNoMobilityExtensionOrVideo() {
        SubscriberState state = station().build();
        assertFalse(state.mobilityEnabled());
        assertNull(state.mobilityExtension());
        assertFalse(state.video());
    }

    @Test
    void aStationNoContributorOwnsIsGoneAndHasNoState() {
        SubscriberDraft draft = new SubscriberDraft().endpoint(Endpoint.Kind.MOBILE_CLIENT, "FEBC00000001");
        assertFalse(draft.present());
        assertThrows(IllegalStateException.class, draft::build);
    }

    @Test
    void aTargetsKeyNamesItsSubject() {
        assertEquals("station-42", SwitchTarget.subscriber(1, 7, 42).key());
        assertEquals(42, SwitchTarget.subscriber(1, 7, 42).subjectId());
        assertEquals(7, SwitchTarget.accountMobility(1, 7).subjectId());
    }
}
