package io.jeto.domain.command;

import java.util.Locale;

/** Where a command is in its life. */
public enum CommandState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  /** The service stopped while the command ran; what it did is unknown. */
  INTERRUPTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isFinished() {
    return this != QUEUED && this != RUNNING;
  }
}
