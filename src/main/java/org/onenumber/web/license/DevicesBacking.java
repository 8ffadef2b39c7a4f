package org.onenumber.web.license;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.license.boundary.DeviceGroup;
import org.onenumber.license.boundary.DeviceLine;
import org.onenumber.license.boundary.DeviceTree;
import org.onenumber.web.Messages;
import org.onenumber.web.account.Times;
import org.onenumber.web.account.AdminContext;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * admin/devices.xhtml: the device assignments tree. A group's devices are read when it is expanded, a page at a
 * time, with a link under them to the next page while there are more, so every device is reachable. Device Status
 * reads the tree again, groups that were open included with as many devices as they showed, and says what the
 * devices on show report.
 */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    DeviceTree deviceTree;

    @Inject
    Times times;

    private String filter;
    private DefaultTreeNode<DeviceRow> root;
    private final Map<String, DeviceGroup> groups = new HashMap<>();
    /** Of each group that is open, how many of its devices it shows. */
    private final Map<String, Integer> shown = new HashMap<>();

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
            groups.put(group.title(), group);
            TreeNode<DeviceRow> node = new DefaultTreeNode<>(row, root);
            if (shown.containsKey(group.title()) && group.count() > 0) {
                open(node, group, shown.get(group.title()));
            } else if (group.count() > 0) {
                // a placeholder, so that the group shows it can be expanded before its devices are read
                new DefaultTreeNode<>(null, node);
            }
        }
    }

    /** Device Status: the tree read again, and what the devices on show report. */
    public void readStatus() {
        refresh();
        Map<DeviceLine.Registration, Integer> tally = new EnumMap<>(DeviceLine.Registration.class);
        List<TreeNode<DeviceRow>> devices = new ArrayList<>();
        root.getChildren().forEach(group -> devices.addAll(group.getChildren()));
        devices.stream().map(TreeNode::getData).filter(row -> row != null && row.kind() == DeviceRow.Kind.DEVICE)
                .forEach(row -> {
                    for (DeviceLine.Registration r : DeviceLine.Registration.values()) {
                        if (r.title().equals(row.status())) {
                            tally.merge(r, 1, Integer::sum);
                        }
                    }
                });
        String at = times.minute(Instant.now(), false);
        int total = tally.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            Messages.info("Device status read again at " + at + ". Open a group to see its devices' status.");
        } else {
            Messages.info("Device status read again at " + at + " for the " + total + " devices shown: "
                    + tally.getOrDefault(DeviceLine.Registration.REGISTERED, 0) + " registered, "
                    + tally.getOrDefault(DeviceLine.Registration.NOT_REGISTERED, 0) + " not registered, "
                    + tally.getOrDefault(DeviceLine.Registration.UNKNOWN, 0) + " not reported by the switch yet.");
        }
    }

    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<DeviceRow> node = (TreeNode<DeviceRow>) event.getTreeNode();
        if (node.getData() != null && node.getData().kind() == DeviceRow.Kind.GROUP) {
            DeviceGroup group = groupOf(node);
            open(node, group, DeviceTree.MAX_DEVICES);
        }
    }

    public void onCollapse(NodeCollapseEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<DeviceRow> node = (TreeNode<DeviceRow>) event.getTreeNode();
        if (node.getData() != null && node.getData().kind() == DeviceRow.Kind.GROUP) {
            shown.remove(groupOf(node).title());
        }
    }

    /** The link under a group's devices: its next page. */
    public void more(String groupTitle) {
        DeviceGroup group = groups.get(groupTitle);
        if (group == null) {
            return;
        }
        int already = shown.getOrDefault(groupTitle, 0);
        root.getChildren().stream().filter(node -> groupOf(node) == group).findFirst()
                .ifPresent(node -> open(node, group, already + DeviceTree.MAX_DEVICES));
    }

    private DeviceGroup groupOf(TreeNode<DeviceRow> node) {
        return groups.values().stream().filter(g -> DeviceRow.group(g).title().equals(node.getData().title())).findFirst()
                .orElse(null);
    }

    /** The group's first {@code upTo} devices (a whole number of pages), and the link to more while there are. */
    private void open(TreeNode<DeviceRow> groupNode, DeviceGroup group, int upTo) {
        groupNode.getChildren().clear();
        long account = admin.requireAccount();
        int count = 0;
        for (int first = 0; first < upTo; first += DeviceTree.MAX_DEVICES) {
            List<DeviceLine> lines = deviceTree.devices(account, group, filter, first);
            for (DeviceLine line : lines) {
                TreeNode<DeviceRow> device = new DefaultTreeNode<>(DeviceRow.device(line), groupNode);
                if (line.hasLine()) {
                    new DefaultTreeNode<>(DeviceRow.line(line), device);
                    device.setExpanded(true);
                }
            }
            count += lines.size();
            if (lines.size() < DeviceTree.MAX_DEVICES) {
                break;
            }
        }
        if (count < group.count()) {
            new DefaultTreeNode<>(DeviceRow.more(group.title(), count, group.count()), groupNode);
        }
        groupNode.setExpanded(true);
        shown.put(group.title(), count);
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

    public int getPageSize() {
        return DeviceTree.MAX_DEVICES;
    }

    /** The export of every device the filter matches. */
    public String getCsvLink() {
        // the account the page shows: a download from this page after another account was opened elsewhere is refused
        return "devices.csv?account=" + admin.getAccountId()
                + (filter == null || filter.isBlank() ? "" : "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }
}
