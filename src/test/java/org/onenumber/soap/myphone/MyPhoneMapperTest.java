package org.onenumber.soap.myphone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.mobility.boundary.MobileAppChoices;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallTimers;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.ws.v1.MobileAppChange;
import org.onenumber.ws.v1.ModifyCallTimers;
import org.onenumber.ws.v1.PhonesToRing;

class MyPhoneMapperTest {

    @Test
    void aMobileAppTurnedOnWithoutSettingsGetsTheDefaults() {
        MobileAppChange change = new MobileAppChange();
        change.setOn(true);
        change.setNumberId(42L);
        MobileAppChoices choices = MyPhoneMapper.merge(change, null);
        assertEquals(42L, choices.numberId());
        assertEquals(MobileApp.DEFAULTS, new MobileApp(choices.alertClickToDial(), choices.phonesToRing(),
                choices.answerConfirmation(), choices.outboundMode()));
    }

    @Test
    void absentMobileAppSettingsKeepTheStoredOnes() {
        MobileAppSettings stored = new MobileAppSettings(null, Instant.EPOCH);
        stored.apply(new UserNumber(null, UserNumber.Kind.MOBILE, "+14155550100", null),
                new MobileApp(false, MobileApp.PhonesToRing.OFFICE, true, MobileApp.OutboundMode.VOIP));
        MobileAppChange change = new MobileAppChange();
        change.setOn(true);
        change.setPhonesToRing(PhonesToRing.MOBILE);
        MobileAppChoices choices = MyPhoneMapper.merge(change, stored);
        assertEquals(new MobileApp(false, MobileApp.PhonesToRing.MOBILE, true, MobileApp.OutboundMode.VOIP),
                new MobileApp(choices.alertClickToDial(), choices.phonesToRing(), choices.answerConfirmation(),
                        choices.outboundMode()));
        assertNull(choices.numberId(), "the stored number's id (none before it is persisted)");
    }

    @Test
    void absentTimersKeepTheAccountsOnes() {
        AccountCallDefaults stored = new AccountCallDefaults(null);
        stored.apply(20, 10, 15, 25);
        ModifyCallTimers change = new ModifyCallTimers();
        change.setCellSeconds(30);
        assertEquals(new CallTimers(20, 10, 30, 25), MyPhoneMapper.merge(change, stored));
    }
}
