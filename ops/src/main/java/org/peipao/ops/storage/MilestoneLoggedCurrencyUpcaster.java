package org.peipao.ops.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code MilestoneLoggedEvent} revision 1 → 2: revision 2 states the currency of its amount. Every amount of
 * revision 1 was in CNY. Stored events are never rewritten; they are read as revision 2.
 */
@Component
class MilestoneLoggedCurrencyUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(MilestoneLoggedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(MilestoneLoggedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            JsonNode amount = event.get("amountCny");
            if (amount == null || amount.isNull()) {
                event.putNull("currency");
            } else {
                event.put("currency", "CNY");
            }
            return event;
        });
    }
}
