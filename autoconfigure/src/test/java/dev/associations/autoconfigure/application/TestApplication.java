package dev.associations.autoconfigure.application;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application using nothing but the auto-configuration: models and repositories in this package.
 */
@SpringBootApplication
public class TestApplication {}
