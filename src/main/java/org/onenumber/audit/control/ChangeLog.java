package org.onenumber.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.onenumber.audit.entity.ChangeKind;
import org.onenumber.platform.entity.Tracked;

/**
 * Writes a change of a tracked record into the feed, in the changing transaction. It runs inside the persistence
 * provider's flush ({@link ChangeListener}), where the entity manager may not be used, so it writes with JDBC on the
 * application's data source: inside a transaction the container hands out the connection the flush itself uses,
 * and the row commits or rolls back with the change.
 */
@ApplicationScoped
public class ChangeLog {

    @Resource(lookup = "java:app/jdbc/onenumber")
    DataSource dataSource;

    public void write(Tracked record, ChangeKind kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(FeedOrder.INSERT)) {
            insert.setLong(1, record.carrierId());
            if (record.accountId() == null) {
                insert.setNull(2, Types.BIGINT);
            } else {
                insert.setLong(2, record.accountId());
            }
            insert.setString(3, record.feedKind());
            insert.setLong(4, record.feedId());
            insert.setString(5, record.feedKey());
            insert.setLong(6, record.getVersion());
            insert.setString(7, kind.name());
            insert.setTimestamp(8, Timestamp.from(Instant.now())); // as JPA writes lastModified and every Instant
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The change of " + record.feedKind() + " " + record.feedId()
                    + " could not be written to the change feed", e);
        }
    }
}
