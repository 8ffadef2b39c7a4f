package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.onenumber.platform.entity.Identified;

@Entity
public class Carrier extends Identified {

    @Column(nullable = false)
    private String name;

    /** Profile types whose users may have mobility, comma separated (Essentials, Premier, Elite by default). */
    @Column(name = "mobility_profiles", nullable = false)
    private String mobilityProfiles = "ESSENTIALS,PREMIER,ELITE";

    protected Carrier() {
    }

    public Carrier(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Set<ProfileType> mobilityProfiles() {
        return Arrays.stream(mobilityProfiles.split(",")).map(ProfileType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfileType.class)));
    }
}
