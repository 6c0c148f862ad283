package io.jeto.adapters.persistence;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/** Jeto's H2 database: migrated when opened, it hands out the repositories until it is closed. */
public final class JdbiPersistence implements AutoCloseable {

  public static final String DEFAULT_USER = "sa";
  public static final String DEFAULT_PASSWORD = "";

  private final JdbcConnectionPool pool;
  private final Jdbi jdbi;
  private final JdbiHostRepository hosts;
  private final JdbiProjectRepository projects;
  private final JdbiInstanceRepository instances;
  private final JdbiUserRepository users;
  private final JdbiApiKeyRepository apiKeys;
  private final JdbiGrantRepository grants;
  private final JdbiCommandRepository commands;

  private JdbiPersistence(JdbcConnectionPool pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.hosts = new JdbiHostRepository(jdbi);
    this.projects = new JdbiProjectRepository(jdbi);
    this.instances = new JdbiInstanceRepository(jdbi);
    this.users = new JdbiUserRepository(jdbi);
    this.apiKeys = new JdbiApiKeyRepository(jdbi);
    this.grants = new JdbiGrantRepository(jdbi);
    this.commands = new JdbiCommandRepository(jdbi);
  }

  /** Opens the database with H2's default account, applying the migrations it lacks. */
  public static JdbiPersistence open(String jdbcUrl) {
    return open(jdbcUrl, DEFAULT_USER, DEFAULT_PASSWORD);
  }

  /** Opens the database, applying the migrations it lacks; a failed migration opens nothing. */
  public static JdbiPersistence open(String jdbcUrl, String user, String password) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user, password);
    try {
      Migrations.apply(pool);
    } catch (RuntimeException failure) {
      pool.dispose();
      throw failure;
    }
    return new JdbiPersistence(pool);
  }

  /**
   * The URL of the database file {@code jeto.mv.db} in the directory. Closing is left to {@link
   * #close()}, so that H2 does not close the database under requests still running at shutdown.
   */
  public static String fileUrl(Path dataDirectory) {
    return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("jeto")
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  public JdbiHostRepository hosts() {
    return hosts;
  }

  public JdbiProjectRepository projects() {
    return projects;
  }

  public JdbiInstanceRepository instances() {
    return instances;
  }

  public JdbiUserRepository users() {
    return users;
  }

  public JdbiApiKeyRepository apiKeys() {
    return apiKeys;
  }

  public JdbiGrantRepository grants() {
    return grants;
  }

  public JdbiCommandRepository commands() {
    return commands;
  }

  /**
   * A console repository that keeps each command's console within the cap. It holds no state of
   * its own, so a new one may be asked for at any time; every one should be given the same cap.
   *
   * @throws IllegalArgumentException if the cap is below {@link
   *     JdbiConsoleRepository#MIN_BYTES_PER_COMMAND}
   */
  public JdbiConsoleRepository consoles(long maxBytesPerCommand) {
    return new JdbiConsoleRepository(jdbi, maxBytesPerCommand);
  }

  /** Closes every pooled connection, which closes the database. */
  @Override
  public void close() {
    pool.dispose();
  }
}
