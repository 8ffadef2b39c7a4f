/**
 * My Phone, the end user's own settings: where their calls ring (preferred device, Simultaneous Ring numbers),
 * forwarding and Do Not Disturb, and what the switch will do with an incoming call ("who rings when", asked of the
 * switch's own call simulation). Feature conflicts are the account's {@code FeatureRules}.
 */
package org.onenumber.myphone;
