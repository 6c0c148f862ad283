package io.jeto.adapters.vagrant;

import java.io.IOException;
import java.io.InputStream;

/** Reads one output stream of a process to its end, on a thread the supervisor gives it. */
interface OutputReader {

  /** Reads until the end of the stream; the supervisor closes the stream afterwards. */
  void read(InputStream stream) throws IOException;

  /**
   * Says that the end of the stream is no longer waited for, because a process outside the tree
   * still holds it open: from now on the reader drains what comes and passes nothing on.
   */
  void abandon();
}
