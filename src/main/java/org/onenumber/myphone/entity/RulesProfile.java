package org.onenumber.myphone.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Identified;

/**
 * A named set of routing rules (reference 003, 4.7: "In the office", "On vacation"); at most one of a user's profiles
 * is active, and its rules decide before the preferred device. Forward All and Do Not Disturb still come first.
 */
@Entity
@Table(name = "rules_profile")
public class RulesProfile extends Identified {

    public static final int MAX_PER_USER = 10;
    public static final int MAX_RULES = 20;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RoutingRule> rules = new ArrayList<>();

    protected RulesProfile() {
    }

    public RulesProfile(User user, String name) {
        this.user = user;
        rename(name);
    }

    public final void rename(String newName) {
        this.name = newName.strip();
    }

    public void activate(boolean on) {
        this.active = on;
    }

    public RoutingRule add(RuleChoices choices, String callers, String number) {
        RoutingRule rule = new RoutingRule(this, choices, callers, number);
        rules.add(rule);
        return rule;
    }

    public void remove(RoutingRule rule) {
        rules.remove(rule);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("active", active);
        map.put("rules", rules.stream().map(RoutingRule::describe).toList());
        return map;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public List<RoutingRule> getRules() {
        return rules;
    }
}
