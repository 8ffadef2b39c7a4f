package org.onenumber.audit.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.onenumber.audit.entity.ChangeKind;
import org.onenumber.platform.entity.Tracked;

/**
 * Writes every insert, update and delete of a {@link Tracked} record into the change feed, in the changing
 * transaction, whichever boundary, page, job or timer made it. It listens to the persistence provider's own writes
 * ({@link ChangeFeedCustomizer} puts it on each tracked entity) and writes its row through the session that wrote
 * the record, so on the very connection and in the very transaction of that write: no second connection from the
 * pool, whatever transaction a job or a nested bean runs in. The row is written after the record's own row, so the
 * version is the one after the change (for a delete, the last one the record had). Bulk JPQL updates and deletes
 * bypass the provider's per-object writes and so the feed.
 */
public class ChangeLog extends DescriptorEventAdapter {

    private static final List<String> ARGUMENTS =
            List.of("carrier", "account", "kind", "id", "key", "version", "change", "at");

    /** The session's named queries that write a change, with and without an account (see {@link #register}). */
    private static final String WITH_ACCOUNT = "changeFeed.insertWithAccount";
    private static final String WITHOUT_ACCOUNT = "changeFeed.insertWithoutAccount";

    /**
     * Adds the two inserts to the session as named queries: the provider's way to share one prepared query between
     * all the threads that execute it.
     */
    static void register(Session session) {
        if (session.getQuery(WITH_ACCOUNT) == null) { // the provider may customize a session again after a failed login
            session.addQuery(WITH_ACCOUNT, insert(true));
            session.addQuery(WITHOUT_ACCOUNT, insert(false));
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, ChangeKind.CREATED);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        write(event, ChangeKind.MODIFIED);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, ChangeKind.DELETED);
    }

    private void write(DescriptorEvent event, ChangeKind kind) {
        if (!(event.getSource() instanceof Tracked record)) {
            return;
        }
        Session session = event.getSession();
        boolean byAccount = record.accountId() != null;
        session.executeQuery(byAccount ? WITH_ACCOUNT : WITHOUT_ACCOUNT, Arrays.asList(
                record.carrierId(), record.accountId(), record.feedKind(), record.feedId(), record.feedKey(),
                record.getVersion(), kind.name(),
                Timestamp.from(Instant.now()))); // as JPA writes lastModified and every Instant
    }

    /**
     * The insert of {@link FeedOrder#INSERT} in the provider's notation; a change without an account leaves the
     * column out, as a typed null is not written alike by every driver.
     */
    private static DataModifyQuery insert(boolean byAccount) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        DataModifyQuery query = new DataModifyQuery();
        for (String argument : ARGUMENTS) {
            query.addArgument(argument);
            if (argument.equals("account") && !byAccount) {
                continue;
            }
            columns.append(columns.isEmpty() ? "" : ", ").append(FeedOrder.COLUMNS.get(ARGUMENTS.indexOf(argument)));
            values.append(values.isEmpty() ? "#" : ", #").append(argument);
        }
        query.setSQLString("insert into change_entry (" + columns + ") values (" + values + ")");
        return query;
    }
}
