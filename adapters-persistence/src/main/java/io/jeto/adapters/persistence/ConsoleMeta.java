package io.jeto.adapters.persistence;

/**
 * Where one console stands against its cap: a console_meta row. The head is the lines stored
 * while the console was within half its cap; the tail is the lines after the head and after the
 * marker, which exists (markerId above zero) once output was dropped.
 *
 * @param lastId the id of the last line stored, zero for none
 * @param headOpen whether every line so far fitted in the head
 * @param headEndId the id of the head's last line, zero for none
 * @param headBytes the UTF-8 length of the head's texts
 * @param tailBytes the UTF-8 length of the tail's texts, marker excluded
 * @param markerId the id of the marker line, zero while nothing was dropped
 * @param droppedBytes the UTF-8 length of the texts dropped so far
 */
record ConsoleMeta(
    long lastId,
    boolean headOpen,
    long headEndId,
    long headBytes,
    long tailBytes,
    long markerId,
    long droppedBytes) {

  /** The meta of a console with no line yet. */
  static final ConsoleMeta EMPTY = new ConsoleMeta(0, true, 0, 0, 0, 0, 0);

  static final String COLUMNS =
      "last_id, head_open, head_end_id, head_bytes, tail_bytes, marker_id, dropped_bytes";

  boolean hasMarker() {
    return markerId > 0;
  }
}
