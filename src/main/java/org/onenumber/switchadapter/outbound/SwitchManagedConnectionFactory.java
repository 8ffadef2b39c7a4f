package org.onenumber.switchadapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.SecurityException;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchConnectionFactory;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchConnectionException;

/** Where the switch is and how to log in; the pool asks it for new, matching and invalid connections. */
@ConnectionDefinition(connectionFactory = SwitchConnectionFactory.class,
        connectionFactoryImpl = PooledSwitchConnectionFactory.class,
        connection = SwitchConnection.class,
        connectionImpl = SwitchConnectionHandle.class)
public class SwitchManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation,
        ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(defaultValue = "127.0.0.1", description = "Host name or address of the switch")
    private String host = "127.0.0.1";

    @ConfigProperty(defaultValue = "7070", description = "TCP port of the switch's command interface")
    private Integer port = 7070;

    @ConfigProperty(defaultValue = "false", description = "Connect with TLS (the JVM's default trust store)")
    private Boolean tls = false;

    @ConfigProperty(defaultValue = "onenumber", description = "Login name at the switch")
    private String user = "onenumber";

    @ConfigProperty(defaultValue = "", description = "Password at the switch", confidential = true)
    private String password = "";

    @ConfigProperty(defaultValue = "3000", description = "Connect timeout in milliseconds")
    private Integer connectTimeoutMillis = 3000;

    @ConfigProperty(defaultValue = "10000", description = "How long a request waits for its response, in milliseconds")
    private Integer readTimeoutMillis = 10000;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new PooledSwitchConnectionFactory(this, manager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new NotSupportedException("The switch adapter runs inside an application server, with its connection pool");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        validate();
        SwitchClient client;
        try {
            client = SwitchClient.connect(host, port, tls, Duration.ofMillis(connectTimeoutMillis),
                    Duration.ofMillis(readTimeoutMillis));
        } catch (SwitchConnectionException e) {
            throw new ResourceException(e.getMessage(), e);
        }
        try {
            Response login = client.login(user, password);
            if (!login.isSuccess()) {
                client.close();
                throw new SecurityException("The switch refused login " + user + ": " + login.status() + " " + login.text());
            }
        } catch (SwitchConnectionException e) {
            client.close();
            throw new ResourceException(e.getMessage(), e);
        }
        return new ManagedSwitchConnection(this, client);
    }

    @Override
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof ManagedSwitchConnection connection && connection.isOpen()) {
                return connection; // all connections of one factory are alike
            }
        }
        return null;
    }

    @Override
    public Set getInvalidConnections(Set connections) {
        return ((Set<?>) connections).stream()
                .filter(c -> c instanceof ManagedSwitchConnection connection && !connection.isOpen())
                .collect(Collectors.toSet());
    }

    void validate() throws InvalidPropertyException {
        if (host == null || host.isBlank()) {
            throw new InvalidPropertyException("host is required");
        }
        if (port == null || port < 1 || port > 65535) {
            throw new InvalidPropertyException("port must be 1 to 65535, not " + port);
        }
        if (connectTimeoutMillis == null || connectTimeoutMillis < 1 || readTimeoutMillis == null || readTimeoutMillis < 1) {
            throw new InvalidPropertyException("timeouts must be positive");
        }
    }

    String describe() {
        return (tls ? "tls://" : "tcp://") + host + ":" + port;
    }

    public String getUser() {
        return user;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
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

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Boolean getTls() {
        return tls;
    }

    public void setTls(Boolean tls) {
        this.tls = tls;
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

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public Integer getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    public void setReadTimeoutMillis(Integer readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SwitchManagedConnectionFactory that && Objects.equals(host, that.host)
                && Objects.equals(port, that.port) && Objects.equals(tls, that.tls) && Objects.equals(user, that.user)
                && Objects.equals(password, that.password) && Objects.equals(connectTimeoutMillis, that.connectTimeoutMillis)
                && Objects.equals(readTimeoutMillis, that.readTimeoutMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, tls, user, connectTimeoutMillis, readTimeoutMillis);
    }
}
