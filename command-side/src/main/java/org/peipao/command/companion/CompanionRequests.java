package org.peipao.command.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.companion.CompanionKind;

import java.util.List;

/**
 * The JSON bodies of the companion writes. Their fields are checked where every sender's are, on the commands they
 * become; only the id a client may choose is checked here, where it is still called {@code id}.
 */
final class CompanionRequests {

    private CompanionRequests() {
    }

    record Register(@ValidId String id, String name, CompanionKind kind, String organisation,
                    List<IndustryDomain> domains, String email, Integer capacity) {
    }

    record UpdateProfile(String name, String organisation, List<IndustryDomain> domains, String email,
                         Integer capacity) {
    }

    record Honour(String title, Integer year) {
    }

    record Reason(String reason) {
    }
}
