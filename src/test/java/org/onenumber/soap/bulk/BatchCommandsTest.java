package org.onenumber.soap.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onenumber.ws.v1.AddUser;
import org.onenumber.ws.v1.AddUserResponse;
import org.onenumber.ws.v1.BatchCommand;
import org.onenumber.ws.v1.BatchResult;
import org.onenumber.ws.v1.ShareLicense;

class BatchCommandsTest {

    private final BatchCommands commands = new BatchCommands();

    @Test
    void everyOperationOfTheContractsChoiceHasItsPortsMethodAndAPlaceForItsAnswer() {
        Set<String> inTheChoice = Arrays.stream(BatchCommand.class.getDeclaredFields())
                .map(Field::getName).filter(name -> !name.equals("idempotencyKey"))
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> dispatched = commands.all().stream().map(BatchCommands.Operation::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inTheChoice, dispatched);
        assertEquals(36, dispatched.size(), "13 provisioning, 15 Mobility and 8 Office Anywhere writes");
        for (BatchCommands.Operation operation : commands.all()) {
            assertEquals(operation.name() + "Response", operation.answer().getParameterTypes()[0].getSimpleName());
        }
    }

    @Test
    void aCommandIsTheOneOperationItCarries() {
        BatchCommand command = new BatchCommand();
        AddUser add = new AddUser();
        command.setAddUser(add);
        var found = commands.of(command);
        assertEquals("AddUser", found.getKey().name());
        assertSame(add, found.getValue());
        BatchCommand share = new BatchCommand();
        share.setShareLicense(new ShareLicense());
        assertEquals("ShareLicense", commands.of(share).getKey().name());
        assertNull(commands.of(new BatchCommand()));

        BatchResult result = new BatchResult();
        AddUserResponse response = new AddUserResponse();
        found.getKey().answer(result, response);
        assertSame(response, result.getAddUserResponse());
    }
}
