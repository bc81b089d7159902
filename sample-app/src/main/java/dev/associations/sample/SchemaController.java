package dev.associations.sample;

import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows the DDL the starter generated (and, on embedded H2, ran) for the FAQ's models. */
@RestController
class SchemaController {

  private final String script;

  SchemaController(AssociationRegistry registry) {
    this.script = new SchemaGenerator(registry).createScript();
  }

  @GetMapping(value = "/schema", produces = "text/plain")
  String schema() {
    return script;
  }
}
