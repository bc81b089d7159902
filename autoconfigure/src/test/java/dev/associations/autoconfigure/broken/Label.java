package dev.associations.autoconfigure.broken;

import dev.associations.annotation.Model;

@Model
public class Label {
  String text;
}
