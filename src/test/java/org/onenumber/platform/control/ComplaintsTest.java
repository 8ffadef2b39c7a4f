package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintsTest {

    private static final ConflictException TAKEN = new ConflictException(CommonError.IN_USE, "extension", "Extension 1001 is taken.");

    @Test
    void aLoneFailureIsThrownAsItWasSoSoapClientsSeeTheSameFault() {
        Complaints complaints = new Complaints();
        assertEquals("ok", complaints.check(() -> "ok"));
        assertNull(complaints.check(() -> {
            throw TAKEN;
        }));
        assertSame(TAKEN, assertThrows(ConflictException.class, complaints::throwIfAny));
    }

    @Test
    void severalFailuresAreOneRefusalWithEveryFieldUnderTheFirstOnesCode() {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("email", "An email address is required.");
        invalid.put("lastName", "A last name is required.");
        Complaints complaints = new Complaints();
        complaints.check(() -> {
            throw new InvalidInputException(invalid);
        });
        complaints.check(() -> {
            throw TAKEN;
        });
        InvalidInputException all = assertThrows(InvalidInputException.class, complaints::throwIfAny);
        assertEquals(CommonError.INVALID_FIELD, all.code());
        assertEquals("email", all.field());
        assertEquals(List.of("email", "lastName", "extension"), List.copyOf(all.fields().keySet()));
    }

    @Test
    void aFieldWithAComplaintIsNotCheckedAgainAndAFailureOfNoFieldEndsTheChecks() {
        Complaints complaints = new Complaints();
        complaints.check(() -> {
            throw TAKEN;
        });
        assertNull(complaints.check("extension", () -> {
            throw new AssertionError("the extension's format error says enough");
        }));
        BusinessException denied = new BusinessException(CommonError.NOT_PERMITTED, null, "No.");
        assertSame(denied, assertThrows(BusinessException.class, () -> complaints.check(() -> {
            throw denied;
        })));
    }

    @Test
    void aStepTheRestDependsOnFailsAfterTheFieldComplaintsBeforeItAndAloneWithoutThem() {
        Complaints complaints = new Complaints();
        complaints.check(() -> {
            throw TAKEN;
        });
        // the field's complaint first, as when the field checks ran on their own before the lookup
        assertSame(TAKEN, assertThrows(BusinessException.class, () -> complaints.require(() -> {
            throw new NotFoundException("Portal", 7);
        })));
        NotFoundException missing = new NotFoundException("Portal", 8);
        assertSame(missing, assertThrows(BusinessException.class, () -> new Complaints().require(() -> {
            throw missing;
        })));
        assertEquals("found", new Complaints().require(() -> "found"));
    }
}
