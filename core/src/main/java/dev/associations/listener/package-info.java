/**
 * The execution listener SPI: {@link dev.associations.listener.ExecutionListener} is told about
 * every statement and every include loaded, for metrics and observations.
 */
@NullMarked
package dev.associations.listener;

import org.jspecify.annotations.NullMarked;
