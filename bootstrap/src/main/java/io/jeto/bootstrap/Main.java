package io.jeto.bootstrap;

import io.helidon.logging.common.LogConfig;

/** Starts Jeto from the environment's {@code JETO_*} settings and stops it on SIGTERM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    JetoConfig config;
    try {
      config = JetoConfig.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("jeto: " + e.getMessage());
      System.exit(2);
      return;
    }

    JetoService service;
    try {
      service = JetoService.start(config);
    } catch (RuntimeException e) {
      System.getLogger(Main.class.getName())
          .log(System.Logger.Level.ERROR, "Jeto could not start: " + e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "jeto-shutdown"));
    // Printed, not logged: the one time this secret is shown, to whoever started the service.
    service
        .generatedAdminKey()
        .ifPresent(
            key ->
                System.out.printf(
                    "%nNo administrator existed, so one was created. Its API key, shown only"
                        + " this once:%n%n    %s%n%nKeep it, or set JETO_ADMIN_KEY before the"
                        + " first start.%n%n",
                    key));
  }
}
