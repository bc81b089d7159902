package dev.associations.benchmarks.contestants.springdata;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface ParentRepository
    extends ListCrudRepository<Parent, Long>, ListPagingAndSortingRepository<Parent, Long> {}
