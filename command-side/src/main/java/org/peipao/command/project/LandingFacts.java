package org.peipao.command.project;

import org.peipao.api.project.LandingForm;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.command.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.peipao.command.shared.RuleViolation.require;
import static org.peipao.command.shared.Texts.optionalText;
import static org.peipao.command.shared.Texts.requireLabel;
import static org.peipao.command.shared.Texts.requireText;
import static org.peipao.command.shared.Texts.strip;
import static org.peipao.command.shared.Texts.stripToNull;

/** What a recorded landing states, in normal form; two commands with equal facts are the same request. */
record LandingFacts(String district, String park, LandingForm form, BigDecimal signedAmountCny, LocalDate signedOn) {

    static LandingFacts of(RecordLandingCommand command, LocalDate today) {
        requireText(command.district(), 200, "district");
        requireLabel(command.district(), "district");
        optionalText(command.park(), 200, "park");
        require(command.form() != null, "form-required", "form is required");
        require(command.signedAmountCny() != null, "signedAmountCny-required", "signedAmountCny is required");
        BigDecimal amount = Money.normalise(command.signedAmountCny(), "signedAmountCny");
        require(amount.signum() >= 0, "amount-negative", "signedAmountCny must not be negative");
        require(command.signedOn() != null, "signedOn-required", "signedOn is required");
        require(!command.signedOn().isAfter(today), "signed-on-in-future", "signedOn must not be in the future");
        return new LandingFacts(strip(command.district()), stripToNull(command.park()), command.form(), amount,
                command.signedOn());
    }
}
