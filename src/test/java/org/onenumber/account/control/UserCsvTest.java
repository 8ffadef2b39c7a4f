package org.onenumber.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserCsvTest {

    private static final String HEADER = "first_name,last_name,email,extension,site,business_number,desk_phone_model,desk_phone_mac\n";

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemAndValuesAreTakenByColumnName() throws Exception {
        List<UserCsv.Row> rows = UserCsv.read(new StringReader(
                "site,extension,last_name,first_name,email,business_number,desk_phone_model,desk_phone_mac\n"
                        + "HQ, 201 ,Lovelace,Ada,ada@example.com,,,\n\n\"Main, 2nd\",202,\"O'Neil\",Bob,bob@example.com,,,\n"));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).number());
        assertEquals("201", rows.get(0).value(UserCsv.EXTENSION));
        assertNull(rows.get(0).value(UserCsv.BUSINESS_NUMBER));
        assertEquals("Main, 2nd", rows.get(1).value(UserCsv.SITE));
        // the empty line is row 3 in a spreadsheet, so Bob is on row 4 (he was numbered 3: complaints and the result
        // file named the row above the one meant, for every row after an empty line)
        assertEquals(4, rows.get(1).number());
    }

    @Test
    void aCellOverSeveralLinesIsOneRowAndEmptyLinesBeforeTheHeaderCount() throws Exception {
        List<UserCsv.Row> rows = UserCsv.read(new StringReader("\n" + HEADER
                + "Ada,\"Love\nlace\",ada@example.com,201,HQ,,,\nBob,Lee,bob@example.com,202,HQ,,,\n\n"));
        assertEquals(2, rows.size(), "the last empty line is no row");
        assertEquals(3, rows.get(0).number());
        assertEquals(4, rows.get(1).number());
    }

    @Test
    void aByteOrderMarkAndUpperCaseHeadersAreTheSameColumns() throws Exception {
        List<UserCsv.Row> rows = UserCsv.read(new StringReader("\uFEFF" + HEADER.toUpperCase() + "Ada,L,a@x.com,201,HQ,,,\n"));
        assertEquals("Ada", rows.get(0).value(UserCsv.FIRST_NAME));
    }

    @Test
    void aMissingOrUnknownColumnRefusesTheWholeFileNamingThem() {
        var refused = assertThrows(UserCsv.FileRefused.class, () -> UserCsv.read(new StringReader(
                "first_name,surname,email,extension,site,business_number,desk_phone_model,desk_phone_mac\nA,B,c@x.com,201,HQ,,,\n")));
        assertTrue(refused.getMessage().contains("Missing: last_name"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Unknown: surname"), refused.getMessage());
    }

    @Test
    void garbageIsRefusedWhole() {
        assertThrows(UserCsv.FileRefused.class, () -> UserCsv.read(new StringReader("\u0000\u0001PNG\u0002binary junk\n\u0003")));
        assertThrows(UserCsv.FileRefused.class, () -> UserCsv.read(new StringReader("")));
        assertThrows(UserCsv.FileRefused.class, () -> UserCsv.read(new StringReader(HEADER)));
    }

    @Test
    void moreThanTheLimitOfRowsIsRefusedWhole() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i <= UserCsv.MAX_ROWS; i++) {
            file.append("A,B,a").append(i).append("@x.com,").append(1000 + i).append(",HQ,,,\n");
        }
        var refused = assertThrows(UserCsv.FileRefused.class, () -> UserCsv.read(new StringReader(file.toString())));
        assertTrue(refused.getMessage().contains("more than 10000"), refused.getMessage());
    }
}
