package dev.associations.benchmarks.contestants.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A child's license: the owning side of the one-to-one ({@code licenses.child_id}, unique). */
@Entity
@Table(name = "licenses")
public class License {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id", nullable = false, unique = true)
  private Child child;

  protected License() {}

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Child getChild() {
    return child;
  }
}
