package org.onenumber.soap;

import java.time.Instant;
import java.time.YearMonth;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.InvalidInputException;

/** Instants as the contract's xs:dateTime, always in UTC; months as its xs:gYearMonth. */
public final class XmlTimes {

    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlTimes() {
    }

    /** Null for null, so optional times stay absent. */
    public static XMLGregorianCalendar of(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return DATATYPES.newXMLGregorianCalendar(calendar);
    }

    /**
     * A month the caller gave (xs:gYearMonth, which the schema already checked for its form): from 2000-01 on,
     * otherwise INVALID_FIELD naming {@code field}.
     */
    public static YearMonth month(XMLGregorianCalendar given, String field) {
        if (given.getYear() < 2000 || given.getYear() > 9999 || given.getMonth() < 1 || given.getMonth() > 12) {
            throw new InvalidInputException(CommonError.INVALID_FIELD, field, "Give a month from 2000-01 on, such as 2026-11.");
        }
        return YearMonth.of(given.getYear(), given.getMonth());
    }

    /** "2026-11" as xs:gYearMonth; null for null. */
    public static XMLGregorianCalendar of(YearMonth month) {
        return month == null ? null : DATATYPES.newXMLGregorianCalendar(month.toString());
    }
}
