package io.jeto.adapters.vagrant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules every Vagrant process follows, buffered status call or streamed command alike. */
final class VagrantLaunch {

  static final String VAGRANT_CWD = "VAGRANT_CWD";
  static final String VAGRANT_CHECKPOINT_DISABLE = "VAGRANT_CHECKPOINT_DISABLE";

  private VagrantLaunch() {}

  /**
   * A launch in the directory with the call's variables added, where the directory alone decides
   * where Vagrant runs and Vagrant never phones home for a version check.
   */
  static ProcessLaunch of(
      List<String> command, Path directory, Map<String, String> variables, Duration timeout) {
    Path absolute = directory.toAbsolutePath();
    Map<String, String> environment = new HashMap<>(variables);
    // Vagrant would otherwise climb to a parent directory's Vagrantfile, or follow the caller's.
    environment.put(VAGRANT_CWD, absolute.toString());
    environment.put(VAGRANT_CHECKPOINT_DISABLE, "1");
    return new ProcessLaunch(command, absolute, environment, timeout);
  }
}
