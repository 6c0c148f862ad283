package io.jeto.adapters.vagrant;

import io.jeto.domain.command.ConsoleSink;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.project.GitReference;
import io.jeto.domain.project.GitReference.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the branches and tags that {@code git ls-remote --heads --tags} prints, one line at a
 * time; an annotated tag is given the commit it points at, which git lists as {@code tag^{}}.
 */
final class LsRemoteReferences implements ConsoleSink {

  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";
  private static final String PEELED = "^{}";

  // Keyed by kind and name; a peeled line replaces its tag's entry and keeps its place.
  private final Map<String, GitReference> references = new LinkedHashMap<>();

  @Override
  public synchronized void line(ConsoleStream stream, String text) {
    int tab = text.indexOf('\t');
    if (stream != ConsoleStream.STDOUT || tab <= 0) {
      return;
    }
    String commit = text.substring(0, tab);
    String name = text.substring(tab + 1);
    if (name.startsWith(HEADS)) {
      add(new GitReference(name.substring(HEADS.length()), Kind.BRANCH, commit));
    } else if (name.startsWith(TAGS) && name.endsWith(PEELED)) {
      String tag = name.substring(TAGS.length(), name.length() - PEELED.length());
      add(new GitReference(tag, Kind.TAG, commit));
    } else if (name.startsWith(TAGS)) {
      String tag = name.substring(TAGS.length());
      references.putIfAbsent(Kind.TAG + ":" + tag, new GitReference(tag, Kind.TAG, commit));
    }
  }

  synchronized List<GitReference> references() {
    return List.copyOf(references.values());
  }

  private void add(GitReference reference) {
    references.put(reference.kind() + ":" + reference.name(), reference);
  }
}
