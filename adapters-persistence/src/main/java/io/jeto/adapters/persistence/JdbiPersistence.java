package io.jeto.adapters.persistence;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;

/**
 * Jeto's H2 database: migrated when opened, it hands out the repositories until it is closed.
 * Host parameter values are encrypted with the key it is opened with.
 */
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
  private final JdbiTeamRepository teams;
  private final JdbiAuditLog auditLog;

  private JdbiPersistence(JdbcConnectionPool pool, ParamCipher cipher) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    // Jdbi would otherwise put every bound value, host parameters included, in its messages.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
    this.hosts = new JdbiHostRepository(jdbi, cipher);
    this.projects = new JdbiProjectRepository(jdbi);
    this.instances = new JdbiInstanceRepository(jdbi);
    this.users = new JdbiUserRepository(jdbi);
    this.apiKeys = new JdbiApiKeyRepository(jdbi);
    this.grants = new JdbiGrantRepository(jdbi);
    this.commands = new JdbiCommandRepository(jdbi);
    this.teams = new JdbiTeamRepository(jdbi);
    this.auditLog = new JdbiAuditLog(jdbi);
  }

  /**
   * Opens the database with H2's default account, as {@link #open(String, String, String,
   * byte[])} does.
   */
  public static JdbiPersistence open(String jdbcUrl, byte[] paramKey) {
    return open(jdbcUrl, DEFAULT_USER, DEFAULT_PASSWORD, paramKey);
  }

  /**
   * Opens the database, applying the migrations it lacks, then encrypts with the key the host
   * parameter values that earlier versions stored in clear. A failure opens nothing.
   *
   * @param paramKey the {@value ParamCipher#KEY_LENGTH}-byte key of host parameter values, from
   *     {@link ParamKeys}; it must be the same at every open
   * @throws IllegalArgumentException if the key is not {@value ParamCipher#KEY_LENGTH} bytes
   * @throws IllegalStateException if the database holds values encrypted with another key
   */
  public static JdbiPersistence open(
      String jdbcUrl, String user, String password, byte[] paramKey) {
    ParamCipher cipher = new ParamCipher(paramKey);
    JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user, password);
    try {
      Migrations.apply(pool);
      JdbiPersistence persistence = new JdbiPersistence(pool, cipher);
      persistence.hosts.encryptClearParams();
      return persistence;
    } catch (RuntimeException failure) {
      pool.dispose();
      throw failure;
    }
  }

  /**
   * The URL of the database file {@code jeto.mv.db} in the directory. Closing is left to {@link
   * #close()}, so that H2 does not close the database under requests still running at shutdown.
   */
  public static String fileUrl(Path dataDirectory) {
    return "jdbc:h2:file:"
        + dataDirectory.toAbsolutePath().resolve("jeto")
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
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

  public JdbiTeamRepository teams() {
    return teams;
  }

  public JdbiAuditLog auditLog() {
    return auditLog;
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
