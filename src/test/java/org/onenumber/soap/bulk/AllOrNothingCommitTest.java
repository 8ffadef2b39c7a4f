package org.onenumber.soap.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onenumber.platform.boundary.OneTransaction;
import org.onenumber.ws.v1.AddUserResponse;
import org.onenumber.ws.v1.BatchCommandStatus;
import org.onenumber.ws.v1.BatchResult;

/**
 * An ALL_OR_NOTHING document whose every command answered but whose commit failed: as the container reports it (an
 * EJBException around the rollback and the database's error), for a race lost to another document and for anything
 * else.
 */
class AllOrNothingCommitTest {

    private final BatchCommands operations = new BatchCommands();

    /** A transaction whose work runs and whose commit fails with the database's SQL state. */
    private static OneTransaction commitFailsWith(String sqlState) {
        return new OneTransaction() {
            @Override
            public <T> Optional<T> run(Supplier<T> work, Predicate<T> keep) {
                keep.test(work.get());
                RollbackException rollback = new RollbackException("Transaction marked for rollback.");
                rollback.initCause(new PersistenceException(new SQLException("at commit", sqlState)));
                throw new EJBException("Transaction aborted", rollback);
            }
        };
    }

    private static List<BatchResult> twoAddsAnswered() {
        BatchResult first = new BatchResult();
        first.setIndex(1);
        first.setStatus(BatchCommandStatus.OK);
        first.setAddUserResponse(new AddUserResponse());
        BatchResult second = new BatchResult();
        second.setIndex(2);
        second.setStatus(BatchCommandStatus.OK);
        second.setReplayed(true);
        second.setAddUserResponse(new AddUserResponse());
        return List.of(first, second);
    }

    @Test
    void aUniqueValueLostAtCommitIsTheRaceTheDocumentIsRunAgainFor() {
        List<BatchResult> results = BulkEndpoint.inOneTransaction(commitFailsWith("23505"), operations,
                AllOrNothingCommitTest::twoAddsAnswered);
        assertEquals(2, results.size());
        BatchResult last = results.get(1);
        assertEquals(BatchCommandStatus.FAILED, last.getStatus(), "never all OK: nothing was kept");
        assertEquals("INTERNAL_ERROR", last.getOneNumberFaultDetail().getCode(), "the answer the document runs again for");
        assertNull(last.getAddUserResponse(), "a command not done carries no answer");
        assertEquals(false, last.isReplayed());
    }

    @Test
    void aLockTimeoutAtCommitIsARaceToo() {
        List<BatchResult> results = BulkEndpoint.inOneTransaction(commitFailsWith("40P01"), operations,
                AllOrNothingCommitTest::twoAddsAnswered);
        assertEquals(BatchCommandStatus.FAILED, results.get(1).getStatus());
    }

    @Test
    void anyOtherFailureAtCommitStaysTheInternalErrorItIs() {
        OneTransaction broken = commitFailsWith("08006");
        EJBException thrown = assertThrows(EJBException.class, () -> BulkEndpoint.inOneTransaction(broken, operations,
                AllOrNothingCommitTest::twoAddsAnswered));
        assertSame(RollbackException.class, thrown.getCause().getClass());
    }
}
