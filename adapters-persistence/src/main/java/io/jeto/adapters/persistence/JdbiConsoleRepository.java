package io.jeto.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.jeto.domain.command.ConsoleLine;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.ConsoleRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stores consoles in console_line, each kept within its cap with the bookkeeping of
 * console_meta.
 *
 * <p>The head of a console is the lines stored while it was within half the cap. Past the cap,
 * the oldest lines after the head are dropped until the console, marker included, is within the
 * cap again; the first line dropped becomes the marker, which keeps its id and says how many
 * bytes went. Sizes are UTF-8 lengths of the texts.
 *
 * <p>Queries order by command_id before id: H2 follows the primary key instead of sorting every
 * matching row only when ORDER BY names the key's leading column too.
 */
public final class JdbiConsoleRepository implements ConsoleRepository {

  /** The smallest cap, which leaves room for the head and the longest marker. */
  public static final long MIN_BYTES_PER_COMMAND = 256;

  /** The longest text a line may have, in characters: the size of its column. */
  public static final int MAX_LINE_LENGTH = 1_000_000;

  /** How many stored lines are read at a time to find those to drop. */
  private static final int DROP_CHUNK = 1024;

  private static final String INSERT_LINE =
      "INSERT INTO console_line (command_id, id, stream, text, bytes)"
          + " VALUES (:commandId, :id, :stream, :text, :bytes)";

  private final Jdbi jdbi;
  private final long maxBytes;

  /**
   * Stores consoles of at most {@code maxBytesPerCommand} bytes each.
   *
   * @throws IllegalArgumentException if the cap is below {@link #MIN_BYTES_PER_COMMAND}
   */
  public JdbiConsoleRepository(Jdbi jdbi, long maxBytesPerCommand) {
    this.jdbi = requireNonNull(jdbi, "'jdbi' must not be null");
    if (maxBytesPerCommand < MIN_BYTES_PER_COMMAND) {
      throw new IllegalArgumentException(
          "'maxBytesPerCommand' must be at least " + MIN_BYTES_PER_COMMAND);
    }
    this.maxBytes = maxBytesPerCommand;
  }

  public long maxBytesPerCommand() {
    return maxBytes;
  }

  /**
   * Appends the lines in one transaction, dropping what the cap requires in the same one. Lines
   * for a command that is gone, such as one deleted while it ran, are ignored.
   *
   * @throws org.jdbi.v3.core.JdbiException if a line cannot be stored, such as a text longer than
   *     {@link #MAX_LINE_LENGTH}; then nothing of the call is stored
   */
  @Override
  public void append(long commandId, List<NewLine> lines) {
    requireNonNull(lines, "'lines' must not be null");
    if (lines.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        handle ->
            lockMeta(handle, commandId).ifPresent(meta -> append(handle, commandId, meta, lines)));
  }

  @Override
  public List<ConsoleLine> readAfter(long commandId, long afterId, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("'limit' must not be negative");
    }
    if (limit == 0) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, stream, text FROM console_line"
                        + " WHERE command_id = :commandId AND id > :afterId"
                        + " ORDER BY command_id, id LIMIT :limit")
                .bind("commandId", commandId)
                .bind("afterId", afterId)
                .bind("limit", limit)
                .map(new ConsoleLineMapper())
                .list());
  }

  /** The text of the marker once {@code droppedBytes} bytes were dropped. */
  String markerText(long droppedBytes) {
    return "[jeto] "
        + droppedBytes
        + " bytes of output dropped here (console limit "
        + maxBytes
        + " bytes)";
  }

  /**
   * Locks the console's meta row, so that appends to one command take turns, creating it on the
   * first append. The command row is locked first then, so that two first appends cannot both
   * create it; empty if the command is gone.
   */
  private static Optional<ConsoleMeta> lockMeta(Handle handle, long commandId) {
    Optional<ConsoleMeta> meta = selectMetaForUpdate(handle, commandId);
    if (meta.isPresent()) {
      return meta;
    }
    boolean commandExists =
        handle
            .createQuery("SELECT id FROM command WHERE id = :id FOR UPDATE")
            .bind("id", commandId)
            .mapTo(Long.class)
            .findOne()
            .isPresent();
    if (!commandExists) {
      return Optional.empty();
    }
    meta = selectMetaForUpdate(handle, commandId);
    if (meta.isPresent()) {
      return meta;
    }
    handle
        .createUpdate("INSERT INTO console_meta (command_id) VALUES (:commandId)")
        .bind("commandId", commandId)
        .execute();
    return Optional.of(ConsoleMeta.EMPTY);
  }

  private static Optional<ConsoleMeta> selectMetaForUpdate(Handle handle, long commandId) {
    return handle
        .createQuery(
            "SELECT "
                + ConsoleMeta.COLUMNS
                + " FROM console_meta"
                + " WHERE command_id = :commandId FOR UPDATE")
        .bind("commandId", commandId)
        .map(new ConsoleMetaMapper())
        .findOne();
  }

  /**
   * Plans in memory which lines stay, reading only the sizes of the stored lines it drops, then
   * writes: the marker and the deletions first, the new lines in one batch, the meta last.
   */
  private void append(Handle handle, long commandId, ConsoleMeta meta, List<NewLine> lines) {
    Plan plan = new Plan(meta, lines);
    if (plan.overCap()) {
      plan.dropStored(handle, commandId);
      plan.dropNew();
      if (!plan.markerIsNew) {
        updateMarker(handle, commandId, plan.markerId, plan.droppedBytes);
      }
      if (plan.lastDroppedStoredId > plan.markerId) {
        handle
            .createUpdate(
                "DELETE FROM console_line"
                    + " WHERE command_id = :commandId AND id > :markerId AND id <= :lastId")
            .bind("commandId", commandId)
            .bind("markerId", plan.markerId)
            .bind("lastId", plan.lastDroppedStoredId)
            .execute();
      }
    }
    insertKept(handle, commandId, plan, lines);
    handle
        .createUpdate(
            "UPDATE console_meta SET last_id = :lastId, head_open = :headOpen,"
                + " head_end_id = :headEndId, head_bytes = :headBytes, tail_bytes = :tailBytes,"
                + " marker_id = :markerId, dropped_bytes = :droppedBytes"
                + " WHERE command_id = :commandId")
        .bind("lastId", meta.lastId() + lines.size())
        .bind("headOpen", plan.headOpen)
        .bind("headEndId", plan.headCount > 0 ? meta.lastId() + plan.headCount : meta.headEndId())
        .bind("headBytes", plan.headBytes)
        .bind("tailBytes", plan.tailBytes)
        .bindByType("markerId", plan.markerId == 0 ? null : plan.markerId, Long.class)
        .bind("droppedBytes", plan.droppedBytes)
        .bind("commandId", commandId)
        .execute();
  }

  /** Inserts, in id order and in one batch, the new lines that stay and a new marker. */
  private void insertKept(Handle handle, long commandId, Plan plan, List<NewLine> lines) {
    PreparedBatch batch = handle.prepareBatch(INSERT_LINE);
    for (int index = 0; index < plan.headCount; index++) {
      addLine(batch, commandId, plan.firstNewId + index, lines.get(index), plan.bytes[index]);
    }
    if (plan.markerIsNew) {
      String marker = markerText(plan.droppedBytes);
      addLine(batch, commandId, plan.markerId, ConsoleStream.JETO, marker, marker.length());
    }
    for (int index = plan.firstKept; index < lines.size(); index++) {
      addLine(batch, commandId, plan.firstNewId + index, lines.get(index), plan.bytes[index]);
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  /**
   * What one append keeps: the sizes of the new lines, how many join the head, and, once over
   * the cap, which stored and new lines are dropped behind the marker.
   */
  private final class Plan {

    private final ConsoleMeta meta;
    private final int[] bytes;
    private final long firstNewId;
    private boolean headOpen;
    private long headBytes;
    private long tailBytes;
    private int headCount;
    private long markerId;
    private boolean markerIsNew;
    private long droppedBytes;
    private long lastDroppedStoredId;
    private int firstKept;

    Plan(ConsoleMeta meta, List<NewLine> lines) {
      this.meta = meta;
      this.bytes = new int[lines.size()];
      this.firstNewId = meta.lastId() + 1;
      this.headOpen = meta.headOpen();
      this.headBytes = meta.headBytes();
      this.tailBytes = meta.tailBytes();
      this.markerId = meta.markerId();
      this.droppedBytes = meta.droppedBytes();
      long half = maxBytes / 2;
      for (int index = 0; index < bytes.length; index++) {
        bytes[index] = utf8Length(lines.get(index).text());
        if (headOpen && headBytes + bytes[index] <= half) {
          headBytes += bytes[index];
          headCount++;
        } else {
          headOpen = false;
          tailBytes += bytes[index];
        }
      }
      this.firstKept = headCount;
    }

    /** Whether the console with every new line would pass the cap; only then is a line dropped. */
    boolean overCap() {
      return headBytes + tailBytes + (meta.hasMarker() ? markerLength(droppedBytes) : 0) > maxBytes;
    }

    /** Whether the console, with the marker it has or is about to get, passes the cap. */
    private boolean overCapWithMarker() {
      return headBytes + tailBytes + markerLength(droppedBytes) > maxBytes;
    }

    /** Drops stored tail lines, oldest first, the first becoming the marker if there is none. */
    void dropStored(Handle handle, long commandId) {
      long cursor = meta.hasMarker() ? meta.markerId() : meta.headEndId();
      boolean storedLeft = cursor < meta.lastId();
      while (storedLeft && overCapWithMarker()) {
        List<long[]> sizes = storedSizes(handle, commandId, cursor);
        for (long[] size : sizes) {
          if (!overCapWithMarker()) {
            break;
          }
          droppedBytes += size[1];
          tailBytes -= size[1];
          if (markerId == 0) {
            markerId = size[0];
          }
          lastDroppedStoredId = size[0];
          cursor = size[0];
        }
        storedLeft = sizes.size() == DROP_CHUNK && cursor < meta.lastId();
      }
    }

    /** Drops new tail lines once no stored one is left, the first becoming a new marker. */
    void dropNew() {
      while (firstKept < bytes.length && overCapWithMarker()) {
        droppedBytes += bytes[firstKept];
        tailBytes -= bytes[firstKept];
        if (markerId == 0) {
          markerId = firstNewId + firstKept;
          markerIsNew = true;
        }
        firstKept++;
      }
    }
  }

  /** The ids and sizes of the next stored lines after {@code afterId}, oldest first. */
  private static List<long[]> storedSizes(Handle handle, long commandId, long afterId) {
    return handle
        .createQuery(
            "SELECT id, bytes FROM console_line WHERE command_id = :commandId AND id > :afterId"
                + " ORDER BY command_id, id LIMIT "
                + DROP_CHUNK)
        .bind("commandId", commandId)
        .bind("afterId", afterId)
        .map((row, context) -> new long[] {row.getLong("id"), row.getLong("bytes")})
        .list();
  }

  /** Turns the line into the marker, or brings the marker's count up to date. */
  private void updateMarker(Handle handle, long commandId, long markerId, long droppedBytes) {
    String marker = markerText(droppedBytes);
    handle
        .createUpdate(
            "UPDATE console_line SET stream = :stream, text = :text, bytes = :bytes"
                + " WHERE command_id = :commandId AND id = :id")
        .bind("stream", ConsoleStream.JETO.wireName())
        .bind("text", marker)
        .bind("bytes", marker.length())
        .bind("commandId", commandId)
        .bind("id", markerId)
        .execute();
  }

  private int markerLength(long droppedBytes) {
    return markerText(droppedBytes).length();
  }

  private static void addLine(
      PreparedBatch batch, long commandId, long id, NewLine line, int bytes) {
    addLine(batch, commandId, id, line.stream(), line.text(), bytes);
  }

  private static void addLine(
      PreparedBatch batch, long commandId, long id, ConsoleStream stream, String text, int bytes) {
    batch
        .bind("commandId", commandId)
        .bind("id", id)
        .bind("stream", stream.wireName())
        .bind("text", text)
        .bind("bytes", bytes)
        .add();
  }

  /** The length of the text in UTF-8, as {@code getBytes(UTF_8)} counts it, without copying. */
  static int utf8Length(String text) {
    int length = text.length();
    int bytes = length;
    for (int index = 0; index < length; index++) {
      char c = text.charAt(index);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && index + 1 < length
            && Character.isLowSurrogate(text.charAt(index + 1))) {
          bytes += 2;
          index++;
        }
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }
}
