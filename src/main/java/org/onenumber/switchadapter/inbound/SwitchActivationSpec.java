package org.onenumber.switchadapter.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import org.onenumber.switchadapter.api.SwitchEventListener;

/**
 * How a message-driven bean's subscription reaches the switch (its activation config properties).
 * Payara does not expand {@code ${MPCONFIG=key}} in activation config, so values may name a
 * MicroProfile Config key that way and are resolved here, in the deploying application's config.
 */
@Activation(messageListeners = SwitchEventListener.class)
public class SwitchActivationSpec implements ActivationSpec, ResourceAdapterAssociation {

    @ConfigProperty(defaultValue = "127.0.0.1", description = "Host name or address of the switch")
    private String host = "127.0.0.1";

    @ConfigProperty(defaultValue = "7070", description = "TCP port of the switch")
    private String port = "7070";

    @ConfigProperty(defaultValue = "false", description = "Connect with TLS")
    private String tls = "false";

    @ConfigProperty(defaultValue = "onenumber", description = "Login name at the switch")
    private String user = "onenumber";

    @ConfigProperty(defaultValue = "", description = "Password at the switch", confidential = true)
    private String password = "";

    @ConfigProperty(defaultValue = "30", description = "Longest wait between reconnect attempts, in seconds")
    private Integer maxBackoffSeconds = 30;

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        host = ConfigReference.resolve(host);
        port = ConfigReference.resolve(port);
        tls = ConfigReference.resolve(tls);
        user = ConfigReference.resolve(user);
        password = ConfigReference.resolve(password);
        if (host == null || host.isBlank()) {
            throw new InvalidPropertyException("host is required");
        }
        int number;
        try {
            number = Integer.parseInt(port.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidPropertyException("port must be a number, not " + port);
        }
        if (number < 1 || number > 65535) {
            throw new InvalidPropertyException("port must be 1 to 65535, not " + port);
        }
        if (maxBackoffSeconds == null || maxBackoffSeconds < 1) {
            throw new InvalidPropertyException("maxBackoffSeconds must be positive");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public String getTls() {
        return tls;
    }

    public void setTls(String tls) {
        this.tls = tls;
    }

    int portNumber() {
        return Integer.parseInt(port.trim());
    }

    boolean useTls() {
        return Boolean.parseBoolean(tls.trim());
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getMaxBackoffSeconds() {
        return maxBackoffSeconds;
    }

    public void setMaxBackoffSeconds(Integer maxBackoffSeconds) {
        this.maxBackoffSeconds = maxBackoffSeconds;
    }
}
