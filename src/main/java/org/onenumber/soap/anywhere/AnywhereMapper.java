package org.onenumber.soap.anywhere;

import org.onenumber.soap.XmlTimes;
import org.onenumber.anywhere.control.Readiness;
import org.onenumber.anywhere.entity.AlternateNumber;
import org.onenumber.anywhere.entity.NumberDetails;
import org.onenumber.anywhere.entity.NumberKind;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.anywhere.entity.Portal;
import org.onenumber.anywhere.entity.PortalScope;
import org.onenumber.ws.v1.GetOfficeAnywhereReadinessResponse;
import org.onenumber.ws.v1.ReadinessCondition;

/** Office Anywhere between the contract's JAXB types and the capability's entities. */
final class AnywhereMapper {

    private AnywhereMapper() {
    }

    static org.onenumber.ws.v1.Portal portal(Portal portal) {
        var out = new org.onenumber.ws.v1.Portal();
        out.setPortalId(portal.getId());
        out.setVersion(portal.getVersion());
        out.setAccountId(portal.getAccount().getId());
        out.setSiteId(portal.getSite().getId());
        out.setNumber(portal.getPhoneNumber().getE164());
        out.setName(portal.getName());
        out.setExtension(portal.getExtension());
        out.setScope(org.onenumber.ws.v1.PortalScope.valueOf(portal.getScope().name()));
        out.setLastModified(XmlTimes.of(portal.getLastModified()));
        return out;
    }

    static PortalScope scope(org.onenumber.ws.v1.PortalScope scope) {
        return scope == null ? null : PortalScope.valueOf(scope.name());
    }

    static org.onenumber.ws.v1.AlternateNumber number(AlternateNumber number) {
        var out = new org.onenumber.ws.v1.AlternateNumber();
        out.setNumberId(number.getId());
        out.setVersion(number.getVersion());
        out.setNumber(number.getE164());
        out.setKind(org.onenumber.ws.v1.NumberKind.valueOf(number.getKind().name()));
        out.setDescription(number.getDescription());
        out.setActive(number.isActive());
        return out;
    }

    static NumberDetails number(String number, org.onenumber.ws.v1.NumberKind kind, String description, boolean active) {
        return new NumberDetails(number, kind == null ? null : NumberKind.valueOf(kind.name()), description, active);
    }

    static org.onenumber.ws.v1.OfficeAnywhereUser user(OfficeAnywhereUser anywhere) {
        var out = new org.onenumber.ws.v1.OfficeAnywhereUser();
        out.setUserId(anywhere.getUser().getId());
        out.setAccountId(anywhere.getAccount().getId());
        out.setSiteId(anywhere.getUser().getSite().getId());
        out.setName(anywhere.getUser().displayName());
        out.setExtension(anywhere.getUser().getStation().getExtension());
        anywhere.getNumbers().forEach(n -> out.getAlternateNumber().add(number(n)));
        return out;
    }

    static GetOfficeAnywhereReadinessResponse readiness(Readiness readiness) {
        var out = new GetOfficeAnywhereReadinessResponse();
        out.setReady(readiness.ready());
        for (Readiness.Condition c : readiness.conditions()) {
            var condition = new ReadinessCondition();
            condition.setKey(c.key());
            condition.setTitle(c.title());
            condition.setMet(c.met());
            condition.setNextStep(c.nextStep());
            out.getCondition().add(condition);
        }
        return out;
    }
}
