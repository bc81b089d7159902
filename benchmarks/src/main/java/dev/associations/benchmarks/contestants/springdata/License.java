package dev.associations.benchmarks.contestants.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child's license, one-to-one inside the {@link Parent} aggregate ({@code licenses.child_id}).
 */
@Table("licenses")
class License {

  @Id Long id;
  String number;
}
