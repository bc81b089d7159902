package dev.associations.autoconfigure.models;

import dev.associations.autoconfigure.EnableAssociationRepositories;
import org.springframework.context.annotation.Configuration;

/** Enables the repositories of this package only, as no packages are named. */
@Configuration(proxyBeanMethods = false)
@EnableAssociationRepositories
public class ModelRepositoriesConfiguration {}
