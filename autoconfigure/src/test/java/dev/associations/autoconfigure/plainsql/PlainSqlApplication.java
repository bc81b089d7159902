package dev.associations.autoconfigure.plainsql;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application on Spring Boot's default embedded H2, seeded by a data.sql written with plain
 * names.
 */
@SpringBootApplication
public class PlainSqlApplication {}
