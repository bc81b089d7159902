package dev.associations.autoconfigure.broken;

import dev.associations.annotation.Model;

@Model
public class Tag {
  String label;
}
