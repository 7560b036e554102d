package org.radsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonSchemaTest {

    @Test
    void schemaDescribesEverySectionWithDefaultsAndRanges() throws Exception {
        JsonNode s = new ObjectMapper().readTree(JsonSchema.of(ScenarioSchema.root()));
        assertEquals("object", s.get("type").asText());
        JsonNode size = s.at("/properties/population/properties/size");
        assertEquals(20000, size.get("default").asInt());
        assertEquals(1, size.get("minimum").asInt());
        assertTrue(s.at("/properties/opinion/properties/uncertainty/exclusiveMinimum").isNumber());
        assertEquals(false, s.at("/properties/population/additionalProperties").asBoolean());
        assertTrue(s.at("/properties/interventions/items/allOf").size() >= 8);
    }
}
