package dev.associations.autoconfigure.models;

/** Not annotated with {@code @Model}, so the scan must skip it. */
public class NotAModel {
  Long id;
}
