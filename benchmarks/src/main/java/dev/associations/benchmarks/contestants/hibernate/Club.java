package dev.associations.benchmarks.contestants.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A club. No {@code equals}/{@code hashCode}: within one session Hibernate guarantees one instance
 * (or proxy) per id, which is all the parent's set of clubs needs.
 */
@Entity
@Table(name = "clubs")
public class Club {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  protected Club() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
