package io.jeto.application.service;

import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.port.ConsoleRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test double: consoles in memory, uncapped; safe for the recorder's writer thread. */
final class InMemoryConsoleRepository implements ConsoleRepository {

  private final Map<Long, List<ConsoleLine>> consoles = new ConcurrentHashMap<>();

  @Override
  public void append(long commandId, List<NewLine> lines) {
    List<ConsoleLine> console = consoles.computeIfAbsent(commandId, id -> new ArrayList<>());
    synchronized (console) {
      lines.forEach(
          line -> console.add(new ConsoleLine(console.size() + 1, line.stream(), line.text())));
    }
  }

  @Override
  public List<ConsoleLine> readAfter(long commandId, long afterId, int limit) {
    List<ConsoleLine> console = consoles.getOrDefault(commandId, List.of());
    synchronized (console) {
      return console.stream().filter(line -> line.id() > afterId).limit(limit).toList();
    }
  }
}
