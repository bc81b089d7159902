package dev.associations.benchmarks.contestants.springdata;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code clubs_parents}: the many-to-many as Spring Data JDBC models it, a reference from
 * the {@link Parent} aggregate to another aggregate, by id.
 */
@Table("clubs_parents")
record ClubRef(AggregateReference<Club, Long> clubId) {

  static ClubRef to(long clubId) {
    return new ClubRef(AggregateReference.to(clubId));
  }
}
