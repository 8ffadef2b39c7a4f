package org.onenumber.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR the build made, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        try {
            // the Payara JVM's temporary directory (arquillian.xml), where it makes its runtime directory
            Files.createDirectories(Path.of(System.getProperty("it.data.dir", "target/it-data"), "tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File war = new File(System.getProperty("onenumber.war", "target/onenumber.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
