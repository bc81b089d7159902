package dev.associations.benchmarks.contestants.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An aggregate of its own: parents refer to clubs by id, never load or save them. */
@Table("clubs")
class Club {

  @Id Long id;
  String name;
}
