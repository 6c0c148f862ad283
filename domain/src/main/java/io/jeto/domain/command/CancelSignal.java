package io.jeto.domain.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a running command that a user cancelled it; the process runner registers how to stop.
 */
public final class CancelSignal {

  private final List<Runnable> reactions = new ArrayList<>();
  private boolean cancelled;

  /** Cancels once; later calls do nothing. */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = List.copyOf(reactions);
    }
    toRun.forEach(Runnable::run);
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /** Runs the reaction on cancel, or at once when the signal was already given. */
  public void onCancel(Runnable reaction) {
    synchronized (this) {
      if (!cancelled) {
        reactions.add(reaction);
        return;
      }
    }
    reaction.run();
  }
}
