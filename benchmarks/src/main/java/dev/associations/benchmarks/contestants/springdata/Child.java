package dev.associations.benchmarks.contestants.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An entity of the {@link Parent} aggregate ({@code children.parent_id} is its back reference). */
@Table("children")
class Child {

  @Id Long id;
  String name;

  @MappedCollection(idColumn = "child_id")
  License license;

  Child() {}

  Child(String name) {
    this.name = name;
  }
}
