package dev.associations.autoconfigure.plainsql;

import dev.associations.repository.AssociationRepository;
import java.util.List;

public interface AuthorRepository extends AssociationRepository<Author, Long> {
  List<Order> getOrders(Author author);

  Order createOrder(Author author, Order order);
}
