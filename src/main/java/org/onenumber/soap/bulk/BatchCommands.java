package org.onenumber.soap.bulk;

import jakarta.xml.ws.Holder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.soap.account.ProvisioningEndpoint;
import org.onenumber.soap.anywhere.OfficeAnywhereEndpoint;
import org.onenumber.soap.mobility.MobilityEndpoint;
import org.onenumber.ws.v1.BatchCommand;
import org.onenumber.ws.v1.BatchResult;
import org.onenumber.ws.v1.MobilityPort;
import org.onenumber.ws.v1.OfficeAnywherePort;
import org.onenumber.ws.v1.OneNumberFault;
import org.onenumber.ws.v1.OneNumberFaultDetail;
import org.onenumber.ws.v1.ProvisioningPort;
import org.onenumber.ws.v1.RequestHeader;
import org.onenumber.ws.v1.ResponseHeader;

/**
 * Which operation each command of a batch document is, and how its answer goes into the result: read once from the
 * generated contract classes, so a write operation added to {@code BatchCommand}'s choice in the XSD is dispatched to
 * its port's own method without a line here. A command runs exactly as the same request sent alone to its port
 * (mapping, validation, idempotency, permissions, faults), through that port's endpoint.
 */
final class BatchCommands {

    /** One write operation: where its request sits in a command, the endpoint method, where its answer goes. */
    record Operation(String name, Method request, Object endpoint, Method call, Method answer) {

        Object requestOf(BatchCommand command) {
            return invoke(request, command);
        }

        Object run(Object body, RequestHeader header, Holder<ResponseHeader> reply) {
            return invoke(call, endpoint, body, header, reply);
        }

        void answer(BatchResult result, Object response) {
            invoke(answer, result, response);
        }
    }

    /** A command refused with the contract's checked fault (the endpoints raise their faults unchecked today). */
    static final class Refused extends RuntimeException {

        final transient OneNumberFaultDetail detail;

        Refused(OneNumberFaultDetail detail) {
            super(detail.getSummary(), null, false, false);
            this.detail = detail;
        }
    }

    private final List<Operation> operations;

    BatchCommands() {
        Map<Class<?>, Object[]> calls = new HashMap<>();
        register(calls, ProvisioningPort.class, new ProvisioningEndpoint());
        register(calls, MobilityPort.class, new MobilityEndpoint());
        register(calls, OfficeAnywherePort.class, new OfficeAnywhereEndpoint());
        Map<Class<?>, Method> answers = new HashMap<>();
        for (Method setter : BatchResult.class.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
                answers.put(setter.getParameterTypes()[0], setter);
            }
        }
        List<Operation> found = new ArrayList<>();
        for (Method getter : BatchCommand.class.getMethods()) {
            Object[] call = calls.get(getter.getReturnType());
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get") && call != null) {
                Method method = (Method) call[1];
                Method answer = answers.get(method.getReturnType());
                if (answer == null) {
                    throw new IllegalStateException("BatchResult has no place for " + method.getReturnType().getSimpleName());
                }
                found.add(new Operation(getter.getReturnType().getSimpleName(), getter, call[0], method, answer));
            }
        }
        operations = List.copyOf(found);
    }

    private static <P> void register(Map<Class<?>, Object[]> calls, Class<P> port, P endpoint) {
        for (Method method : port.getMethods()) {
            Class<?>[] types = method.getParameterTypes();
            if (types.length == 3 && types[1] == RequestHeader.class && types[2] == Holder.class) {
                calls.put(types[0], new Object[] {endpoint, method});
            }
        }
    }

    /** The operations a command may carry, as the contract's choice names them. */
    List<Operation> all() {
        return operations;
    }

    /** The command's one operation and its request; INVALID_REQUEST's job when none (the schema's choice wants one). */
    Map.Entry<Operation, Object> of(BatchCommand command) {
        for (Operation operation : operations) {
            Object body = operation.requestOf(command);
            if (body != null) {
                return Map.entry(operation, body);
            }
        }
        return null;
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof OneNumberFault fault) {
                throw new Refused(fault.getFaultInfo());
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
