package org.peipao.command.project;

import org.peipao.api.project.LandingForm;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.text.Texts;
import org.peipao.command.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.peipao.command.shared.RuleViolation.require;

/**
 * What a recorded landing states, in normal form (district and park as labels, the amount in fen); two commands with
 * equal facts are the same request. The command's own constraints have checked its fields.
 */
record LandingFacts(String district, String park, LandingForm form, BigDecimal signedAmountCny, LocalDate signedOn) {

    static LandingFacts of(RecordLandingCommand command, LocalDate today) {
        require(!command.signedOn().isAfter(today), "signed-on-in-future", "signedOn must not be in the future");
        return new LandingFacts(Texts.label(command.district()), Texts.label(command.park()), command.form(),
                Money.normalise(command.signedAmountCny()),
                command.signedOn());
    }
}
