package org.onenumber.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR the build made, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("onenumber.war", "target/onenumber.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
