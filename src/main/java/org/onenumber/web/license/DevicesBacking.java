package org.onenumber.web.license;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.onenumber.web.account.AdminContext;
import org.onenumber.license.boundary.DeviceGroup;
import org.onenumber.license.boundary.DeviceTree;
import org.onenumber.web.Messages;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * admin/devices.xhtml: the device assignments tree. A group's devices are read when it is expanded;
 * Device Status reads the tree again, groups that were open included, with fresh registrations.
 */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    DeviceTree deviceTree;

    private String filter;
    private DefaultTreeNode<DeviceRow> root;
    private final Map<String, DeviceGroup> groups = new HashMap<>();
    private final Set<String> expanded = new HashSet<>();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        long account = admin.requireAccount();
        root = new DefaultTreeNode<>(null, null);
        groups.clear();
        for (DeviceGroup group : deviceTree.groups(account, filter)) {
            DeviceRow row = DeviceRow.group(group);
            groups.put(row.title(), group);
            TreeNode<DeviceRow> node = new DefaultTreeNode<>(row, root);
            if (expanded.contains(group.title()) && group.count() > 0) {
                open(node);
            } else if (group.count() > 0) {
                // a placeholder, so that the group shows it can be expanded before its devices are read
                new DefaultTreeNode<>(null, node);
            }
        }
    }

    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<DeviceRow> node = (TreeNode<DeviceRow>) event.getTreeNode();
        if (node.getData() != null && node.getData().kind() == DeviceRow.Kind.GROUP) {
            open(node);
        }
    }

    public void onCollapse(NodeCollapseEvent event) {
        DeviceRow row = (DeviceRow) event.getTreeNode().getData();
        if (row != null && row.kind() == DeviceRow.Kind.GROUP) {
            expanded.remove(groups.get(row.title()).title());
        }
    }

    private void open(TreeNode<DeviceRow> groupNode) {
        DeviceGroup group = groups.get(groupNode.getData().title());
        groupNode.getChildren().clear();
        deviceTree.devices(admin.requireAccount(), group, filter).forEach(line -> {
            TreeNode<DeviceRow> device = new DefaultTreeNode<>(DeviceRow.device(line), groupNode);
            if (line.hasLine()) {
                new DefaultTreeNode<>(DeviceRow.line(line), device);
                device.setExpanded(true);
            }
        });
        if (group.count() > DeviceTree.MAX_DEVICES) {
            Messages.info(group.title() + " has " + group.count() + " devices; the first " + DeviceTree.MAX_DEVICES
                    + " are shown. Filter to find others.");
        }
        groupNode.setExpanded(true);
        expanded.add(group.title());
    }

    public TreeNode<DeviceRow> getRoot() {
        return root;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
