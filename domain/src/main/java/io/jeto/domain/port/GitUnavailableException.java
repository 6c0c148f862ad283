package io.jeto.domain.port;

/** A repository that git could not read, with git's own words. */
public final class GitUnavailableException extends RuntimeException {

  public GitUnavailableException(String message) {
    super(message);
  }
}
