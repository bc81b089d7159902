package dev.associations.benchmarks.contestants.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parent: its children as an ordered bag (the inverse side of {@link Child#getParent()}), its
 * clubs as a set, as Hibernate recommends for a many-to-many (a changed set is written as the
 * difference, a changed bag is deleted and rewritten whole).
 */
@Entity
@Table(name = "parents")
public class Parent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @OneToMany(mappedBy = "parent")
  @OrderBy("id")
  private List<Child> children = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "clubs_parents",
      joinColumns = @JoinColumn(name = "parent_id"),
      inverseJoinColumns = @JoinColumn(name = "club_id"))
  private Set<Club> clubs = new HashSet<>();

  protected Parent() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Child> getChildren() {
    return children;
  }

  public Set<Club> getClubs() {
    return clubs;
  }
}
