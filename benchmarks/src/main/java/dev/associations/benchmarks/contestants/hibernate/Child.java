package dev.associations.benchmarks.contestants.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A child. Its license is the inverse side of {@link License#getChild()} ({@code licenses.child_id}
 * owns the link): without bytecode enhancement Hibernate cannot make that side lazy (it would not
 * know whether to put a proxy or null), so it is mapped eager, which Hibernate fetches with a join
 * in the statement that loads the children: never one statement per child.
 */
@Entity
@Table(name = "children")
public class Child {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "parent_id", nullable = false)
  private Parent parent;

  @OneToOne(mappedBy = "child", fetch = FetchType.EAGER)
  private License license;

  protected Child() {}

  public Child(String name, Parent parent) {
    this.name = name;
    this.parent = parent;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Parent getParent() {
    return parent;
  }

  public License getLicense() {
    return license;
  }
}
