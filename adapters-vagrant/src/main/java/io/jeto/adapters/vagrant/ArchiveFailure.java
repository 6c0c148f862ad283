package io.jeto.adapters.vagrant;

/** Why fetching an archive stopped, in words fit for the command's console and outcome. */
final class ArchiveFailure extends Exception {

  ArchiveFailure(String message) {
    // Each is caught one frame or two above and turned into an outcome: no trace is worth making.
    super(message, null, false, false);
  }
}
