package dev.associations.sample;

import dev.associations.dialect.Dialects;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows the DDL the starter generated (and, on embedded H2, ran) for the FAQ's models. */
@RestController
class SchemaController {

  private final String script;

  SchemaController(AssociationRegistry registry, DataSource dataSource) {
    this.script = new SchemaGenerator(registry, Dialects.detect(dataSource)).createScript();
  }

  @GetMapping(value = "/schema", produces = "text/plain")
  String schema() {
    return script;
  }
}
