package io.jeto.adapters.rest;

import io.jeto.application.port.in.CommandDetails;
import io.jeto.domain.command.Command;
import io.jeto.domain.command.ConsoleLine;
import java.time.Instant;
import java.util.stream.Collectors;

/** The Command object of API.md; {@code console} only in the single-command view. */
record CommandJson(
    long id,
    long instanceId,
    String action,
    String machine,
    String script,
    String state,
    Integer exitCode,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String requestedBy,
    String console) {

  static CommandJson fromDomainModel(Command command) {
    return of(command, null);
  }

  static CommandJson withConsole(CommandDetails details) {
    String console =
        details.console().stream().map(ConsoleLine::text).collect(Collectors.joining("\n"));
    return of(details.command(), console);
  }

  private static CommandJson of(Command command, String console) {
    return new CommandJson(
        command.id(),
        command.instanceId(),
        command.action().wireName(),
        command.machine().orElse(null),
        command.script().orElse(null),
        command.state().wireName(),
        command.exitCode().orElse(null),
        command.createdAt(),
        command.startedAt().orElse(null),
        command.finishedAt().orElse(null),
        command.requestedBy(),
        console);
  }
}
