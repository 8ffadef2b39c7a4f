package org.onenumber.soap.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.ws.v1.AddUserResponse;
import org.onenumber.ws.v1.BatchCommandStatus;
import org.onenumber.ws.v1.BatchResult;

/**
 * The commands of an ALL_OR_NOTHING document, each written and let go of before the next ({@code settle}): a write
 * that fails there belongs to the command that made it. Before, such a failure (a site's delete meeting a user
 * another document added, a lock wait that timed out) left the loop without any answer, so the document was neither
 * run again nor answered command by command: the whole call was an internal error.
 */
class AllOrNothingSettleTest {

    private final List<Integer> ran = new ArrayList<>();

    private BatchResult ok(int i) {
        ran.add(i + 1);
        BatchResult result = new BatchResult();
        result.setIndex(i + 1);
        result.setStatus(BatchCommandStatus.OK);
        result.setAddUserResponse(new AddUserResponse());
        return result;
    }

    /** The flush after the {@code nth} command fails as the container reports it, with the database's SQL state. */
    private static Runnable settleFailsAfter(List<Integer> ran, int nth, String sqlState) {
        return () -> {
            if (ran.size() == nth) {
                throw new EJBTransactionRolledbackException("flush",
                        new PersistenceException(new SQLException("foreign key", sqlState)));
            }
        };
    }

    @Test
    void aRaceLostAsACommandsWritesAreFlushedIsThatCommandsInternalErrorAndNothingRunsAfterIt() {
        List<BatchResult> results = BulkEndpoint.run(3, this::ok, settleFailsAfter(ran, 2, "23503"));
        assertEquals(List.of(1, 2), ran, "the third command never ran");
        assertEquals(2, results.size());
        assertEquals(BatchCommandStatus.OK, results.get(0).getStatus());
        BatchResult failed = results.get(1);
        assertEquals(2, failed.getIndex());
        assertEquals(BatchCommandStatus.FAILED, failed.getStatus());
        assertEquals("INTERNAL_ERROR", failed.getOneNumberFaultDetail().getCode(),
                "the answer executeBatch runs the document once more for");
        assertNull(failed.getAddUserResponse(), "a command whose writes failed carries no answer");
    }

    @Test
    void anyOtherFailureOfTheFlushIsTheCommandsInternalErrorToo() {
        List<BatchResult> results = BulkEndpoint.run(2, this::ok, settleFailsAfter(ran, 1, "08006"));
        assertEquals(1, results.size());
        assertEquals(BatchCommandStatus.FAILED, results.get(0).getStatus());
        assertEquals("INTERNAL_ERROR", results.get(0).getOneNumberFaultDetail().getCode());
    }

    @Test
    void everyCommandOfAnEachDocumentRunsAndNothingIsSettled() {
        List<BatchResult> results = BulkEndpoint.run(3, i -> {
            BatchResult result = ok(i);
            if (i == 0) {
                result.setStatus(BatchCommandStatus.FAILED);
            }
            return result;
        }, null);
        assertEquals(List.of(1, 2, 3), ran);
        assertEquals(List.of(BatchCommandStatus.FAILED, BatchCommandStatus.OK, BatchCommandStatus.OK),
                results.stream().map(BatchResult::getStatus).toList());
    }
}
