package io.jeto.adapters.vagrant;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Keeps what one class logs through System.Logger, which java.util.logging serves here. */
final class RecordingLog extends Handler implements AutoCloseable {

  private final List<LogRecord> records = new ArrayList<>();
  // A strong reference, or java.util.logging could drop the logger and its level with it.
  private final Logger logger;
  private final Level previous;

  private RecordingLog(Logger logger) {
    this.logger = logger;
    this.previous = logger.getLevel();
  }

  /** Records every level that class logs at, until closed. */
  static RecordingLog of(Class<?> type) {
    RecordingLog log = new RecordingLog(Logger.getLogger(type.getName()));
    log.logger.setLevel(Level.ALL);
    log.logger.addHandler(log);
    return log;
  }

  synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
