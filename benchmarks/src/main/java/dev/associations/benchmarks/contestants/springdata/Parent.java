package dev.associations.benchmarks.contestants.springdata;

import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The aggregate root: its children (each with its license) and its club memberships belong to it,
 * are loaded with it and written with it.
 */
@Table("parents")
class Parent {

  @Id Long id;
  String name;

  @MappedCollection(idColumn = "parent_id")
  Set<Child> children = new HashSet<>();

  @MappedCollection(idColumn = "parent_id")
  Set<ClubRef> clubs = new HashSet<>();
}
