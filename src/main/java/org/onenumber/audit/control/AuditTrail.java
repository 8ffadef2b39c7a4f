package org.onenumber.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.platform.control.CallContext;
import org.onenumber.platform.entity.Tenant;

/**
 * Writes audit entries in the caller's transaction. Principal, channel and tracking id come from the
 * request; the boundary only says what changed, with before and after snapshots.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    CallContext call;

    public void record(Tenant tenant, String entityType, Long entityId, String action,
                       Map<String, Object> before, Map<String, Object> after) {
        recordFor(tenant.carrierId(), tenant.accountId(), entityType, entityId, action, before, after);
    }

    public void recordFor(long carrierId, Long accountId, String entityType, Long entityId, String action,
                          Map<String, Object> before, Map<String, Object> after) {
        em.persist(new AuditEntry(carrierId, accountId, call.principal(), call.channel(), entityType, entityId, action,
                json(before), json(after), call.trackingId()));
    }

    private static String json(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        String text = JSON.toJson(state);
        return text.length() > 8000 ? text.substring(0, 7990) + "...}" : text;
    }
}
