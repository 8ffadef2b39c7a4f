package org.onenumber.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    private enum Sample { FREE, PENDING_ACTIVATION, SEND_SIGN_IN }

    @Test
    void enumValuesAndCodesReadAsWords() {
        assertEquals("Free", Words.word(Sample.FREE));
        assertEquals("Pending activation", Words.word(Sample.PENDING_ACTIVATION));
        assertEquals("Sign-in sent", Words.word(Sample.SEND_SIGN_IN));
        assertEquals("Changed", Words.word("MODIFY"));
        assertEquals("Mobility user", Words.word("MobilityUser"));
        assertEquals("Mobile client license", Words.word("ClientLicense"));
        assertEquals("Some new code", Words.word("SOME_NEW_CODE"));
        assertEquals("Mobile client", Words.word("Mobile client"));
        assertEquals("", Words.word(null));
    }

    @Test
    void storedValuesBecomeWordsOnlyWhenTheWordsListNamesThem() {
        assertEquals("Essentials", Words.value("ESSENTIALS"));
        assertEquals("US", Words.value("US"));
        assertEquals("Ann", Words.value("Ann"));
    }

    @Test
    void snapshotFieldNamesReadAsWords() {
        assertEquals("Last name", Words.field("lastName"));
        assertEquals("Station extension", Words.field("station.extension"));
        assertEquals("Reason", Words.field("reason"));
    }
}
