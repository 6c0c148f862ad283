package io.jeto.adapters.vagrant;

import java.math.BigDecimal;
import java.util.Optional;

/** Decides from how {@code vagrant status} ended whether it failed, and says why in words. */
final class StatusFailure {

  private StatusFailure() {}

  static Optional<String> of(ProcessRequest request, ProcessOutcome outcome, StatusReport report) {
    if (outcome.startFailure().isPresent()) {
      return outcome.startFailure();
    }
    if (outcome.timedOut()) {
      return Optional.of(
          "vagrant status did not finish within " + seconds(request) + " s and was stopped");
    }
    if (report.error().isPresent()) {
      return report.error();
    }
    String stderr = outcome.stderr().strip();
    // A Vagrantfile syntax error stops Vagrant before its machine-readable output exists.
    if (outcome.stdout().isBlank() && !stderr.isEmpty()) {
      return Optional.of(stderr);
    }
    if (outcome.exitCode() != 0) {
      return Optional.of(withStderr("vagrant exited with code " + outcome.exitCode(), stderr));
    }
    if (outcome.truncated()) {
      return Optional.of(
          "vagrant status printed more than the "
              + request.maxCapturedBytes()
              + " bytes kept of each stream");
    }
    if (report.machines().isEmpty()) {
      return Optional.of(withStderr("vagrant status listed no machines", stderr));
    }
    return Optional.empty();
  }

  private static String seconds(ProcessRequest request) {
    return BigDecimal.valueOf(request.timeout().toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private static String withStderr(String message, String stderr) {
    return stderr.isEmpty() ? message : message + ": " + stderr;
  }
}
