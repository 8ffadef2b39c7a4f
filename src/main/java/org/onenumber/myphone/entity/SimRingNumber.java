package org.onenumber.myphone.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.platform.entity.Identified;

/** A number Simultaneous Ring rings together with the desk phone; with answer confirmation, the callee presses a key. */
@Entity
@Table(name = "sim_ring_number")
public class SimRingNumber extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "settings_id")
    private CallSettings settings;

    @Column(nullable = false)
    private String e164;

    @Column(name = "answer_confirmation", nullable = false)
    private boolean answerConfirmation;

    protected SimRingNumber() {
    }

    SimRingNumber(CallSettings settings, String e164, boolean answerConfirmation) {
        this.settings = settings;
        this.e164 = e164;
        this.answerConfirmation = answerConfirmation;
    }

    public CallSettings getSettings() {
        return settings;
    }

    public String getE164() {
        return e164;
    }

    public String getDisplay() {
        return NumberFormat.display(e164);
    }

    public boolean isAnswerConfirmation() {
        return answerConfirmation;
    }
}
