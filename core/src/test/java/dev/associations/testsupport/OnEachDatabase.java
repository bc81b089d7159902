package dev.associations.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once per {@link DatabaseKind}, each time with a fresh {@link TestDatabase} parameter.
 * A database that is not available shows as skipped, or fails when databases are required (see
 * {@link DatabaseKind}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(EachDatabaseExtension.class)
public @interface OnEachDatabase {}
