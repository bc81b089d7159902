package dev.associations.sample;

import dev.associations.schema.SchemaGenerator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows the DDL generated from the FAQ's models. */
@RestController
class SchemaController {

  private final SchemaGenerator schemaGenerator;

  SchemaController(SchemaGenerator schemaGenerator) {
    this.schemaGenerator = schemaGenerator;
  }

  @GetMapping(value = "/schema", produces = "text/plain")
  String schema() {
    return schemaGenerator.createScript();
  }
}
