package org.onenumber.web.mobility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.mobility.boundary.MobilityRouters;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.RouterDetails;
import org.onenumber.web.Messages;

/** admin/support/routers.xhtml: the carrier's mobility routers (SMR1, SMR2, ...), kept by support. */
@Named
@ViewScoped
public class RoutersBacking implements Serializable {

    @Inject
    MobilityRouters routers;

    private List<MobilityRouter> list;
    private String editing;
    /** The version of the router the dialog was opened on: a change made meanwhile is not overwritten. */
    private Long editingVersion;
    private String name;
    private String clientStartAddress;
    private String remoteServerAddress;
    private Integer remoteServerPort;

    @PostConstruct
    void init() {
        list = routers.list();
    }

    /** Opens the dialog for a new router (null) or for the one named. */
    public void open(MobilityRouter router) {
        RouterDetails details = router == null
                ? new RouterDetails(null, null, null, MobilityRouter.DEFAULT_PORT)
                : router.details();
        editing = router == null ? null : router.getName();
        editingVersion = router == null ? null : router.getVersion();
        name = details.name();
        clientStartAddress = details.clientStartAddress();
        remoteServerAddress = details.remoteServerAddress();
        remoteServerPort = details.remoteServerPort();
    }

    public void save() {
        RouterDetails details = new RouterDetails(name, clientStartAddress, remoteServerAddress, remoteServerPort);
        Messages.run("router", () -> {
            if (editing == null) {
                routers.add(details);
            } else {
                routers.modify(editing, editingVersion, details);
            }
        }, "Mobility router " + name + " is saved.");
        list = routers.list();
    }

    /** Deletes the router as the list showed it (a router changed meanwhile is refused as stale). */
    public void delete(MobilityRouter router) {
        Messages.run("routers", () -> routers.delete(router.getName(), router.getVersion()),
                "Mobility router " + router.getName() + " is deleted.");
        list = routers.list();
    }

    public List<MobilityRouter> getList() {
        return list;
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getClientStartAddress() {
        return clientStartAddress;
    }

    public void setClientStartAddress(String clientStartAddress) {
        this.clientStartAddress = clientStartAddress;
    }

    public String getRemoteServerAddress() {
        return remoteServerAddress;
    }

    public void setRemoteServerAddress(String remoteServerAddress) {
        this.remoteServerAddress = remoteServerAddress;
    }

    public Integer getRemoteServerPort() {
        return remoteServerPort;
    }

    public void setRemoteServerPort(Integer remoteServerPort) {
        this.remoteServerPort = remoteServerPort;
    }
}
