package org.onenumber.soap.account;

import java.time.Instant;
import javax.xml.datatype.XMLGregorianCalendar;
import org.onenumber.account.boundary.UserSearch;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.audit.entity.ChangeEntry;
import org.onenumber.soap.XmlTimes;
import org.onenumber.ws.v1.Change;
import org.onenumber.ws.v1.DeskPhone;
import org.onenumber.ws.v1.NumberStatus;
import org.onenumber.ws.v1.SyncCommand;
import org.onenumber.ws.v1.SyncCommandStatus;

/** Between the generated contract classes and the domain; generated types stop here. */
final class ProvisioningMapper {

    static XMLGregorianCalendar time(Instant instant) {
        return XmlTimes.of(instant);
    }

    static org.onenumber.ws.v1.Account account(Account account) {
        var out = new org.onenumber.ws.v1.Account();
        out.setAccountId(account.getId());
        out.setVersion(account.getVersion());
        out.setName(account.getName());
        out.setExternalReference(account.getExternalReference());
        out.setCreated(time(account.getCreatedAt()));
        out.setLastModified(time(account.getLastModified()));
        return out;
    }

    static org.onenumber.ws.v1.Site site(Site site) {
        var out = new org.onenumber.ws.v1.Site();
        out.setSiteId(site.getId());
        out.setAccountId(site.getAccount().getId());
        out.setVersion(site.getVersion());
        out.setName(site.getName());
        out.setAddress(site.getAddress());
        out.setCity(site.getCity());
        out.setCountry(site.getCountry());
        out.setTimeZone(site.getTimeZone());
        out.setLastModified(time(site.getLastModified()));
        return out;
    }

    static org.onenumber.ws.v1.User user(User user) {
        var out = new org.onenumber.ws.v1.User();
        Station station = user.getStation();
        out.setUserId(user.getId());
        out.setAccountId(user.getAccount().getId());
        out.setSiteId(user.getSite().getId());
        out.setVersion(user.getVersion());
        out.setFirstName(user.getFirstName());
        out.setLastName(user.getLastName());
        out.setEmail(user.getEmail());
        out.setExtension(station.getExtension());
        out.setBusinessNumber(station.getPhoneNumber() == null ? null : station.getPhoneNumber().getE164());
        out.setProfileType(org.onenumber.ws.v1.ProfileType.valueOf(user.getProfileType().name()));
        if (station.getDeskPhone() != null) {
            DeskPhone phone = new DeskPhone();
            phone.setModel(station.getDeskPhone().getModel());
            phone.setMacAddress(station.getDeskPhone().getMacAddress());
            out.setDeskPhone(phone);
        }
        out.setLastModified(time(user.getLastModified()));
        return out;
    }

    static org.onenumber.ws.v1.PhoneNumber number(PhoneNumber number) {
        var out = new org.onenumber.ws.v1.PhoneNumber();
        out.setNumber(number.getE164());
        out.setStatus(NumberStatus.valueOf(number.getStatus().name()));
        if (number.getStation() != null) {
            out.setUserId(number.getStation().getUser().getId());
            out.setExtension(number.getStation().getExtension());
        }
        out.setLastModified(time(number.getLastModified()));
        return out;
    }

    static Change change(ChangeEntry entry) {
        var out = new Change();
        out.setEntity(entry.getEntityKind());
        out.setId(entry.getEntityId());
        out.setKey(entry.getEntityKey());
        out.setAccountId(entry.getAccountId());
        out.setVersion(entry.getEntityVersion());
        out.setKind(org.onenumber.ws.v1.ChangeKind.valueOf(entry.getChangeKind().name()));
        out.setTime(time(entry.getChangedAt()));
        return out;
    }

    static UserDetails details(Long siteId, String firstName, String lastName, String email, String businessNumber,
                               String extension, org.onenumber.ws.v1.ProfileType profileType, DeskPhone deskPhone) {
        return new UserDetails(siteId, firstName, lastName, email, businessNumber, extension,
                profileType == null ? null : ProfileType.valueOf(profileType.name()),
                deskPhone == null ? null : deskPhone.getModel(),
                deskPhone == null ? null : deskPhone.getMacAddress());
    }

    static UserSearch search(org.onenumber.ws.v1.SearchUsers request) {
        return new UserSearch(request.getAccountId(), request.getNumber(), request.getExtension(), request.getEmail(),
                request.getMacAddress(), request.getNamePrefix(),
                request.getSort() == null ? null : UserSearch.Sort.valueOf(request.getSort().name()),
                Boolean.TRUE.equals(request.isDescending()));
    }

    static SyncCommand command(org.onenumber.switching.entity.SwitchCommand c) {
        SyncCommand command = new SyncCommand();
        command.setCommandId(c.getId());
        command.setTargetKind(c.getTargetKind().name());
        command.setTarget(c.getTargetKey());
        command.setVersion(c.getVersion());
        command.setRemoval(c.getOperation() == org.onenumber.switching.entity.SwitchCommand.Operation.REMOVE);
        command.setStatus(SyncCommandStatus.valueOf(c.getStatus().name()));
        command.setAttempts(c.getAttempts());
        command.setLastError(c.getLastError());
        command.setCreated(time(c.getCreatedAt()));
        command.setNextAttempt(c.getNextAttemptAt() == null ? null : time(c.getNextAttemptAt()));
        return command;
    }
}
