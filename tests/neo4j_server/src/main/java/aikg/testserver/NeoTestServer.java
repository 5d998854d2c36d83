package aikg.testserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A Neo4j Community server for aikg's tests: a fresh database in an empty
 * folder, Bolt on 127.0.0.1, authentication on.
 *
 * <pre>java -cp CLASSPATH aikg.testserver.NeoTestServer HOME_DIR [PORT]</pre>
 *
 * The first line of standard input is the password of the user neo4j (not an
 * argument, so it never shows in a process list). Prints one line
 * {@code READY bolt://127.0.0.1:PORT} on stdout once the server answers, and
 * stops when its standard input closes (the test run that started it ended,
 * however it ended) or on SIGTERM.
 */
public final class NeoTestServer {
    private static final String USER = "neo4j";
    private static final int START_ATTEMPTS = 5;

    private NeoTestServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: NeoTestServer HOME_DIR [PORT] (password on the first line of stdin)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int wanted = args.length == 2 ? Integer.parseInt(args[1]) : 0;
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = input.readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("no password on the first line of standard input");
            System.exit(2);
        }
        Files.createDirectories(home);

        DatabaseManagementService service = null;
        int port = 0;
        // A free port can be taken by someone else between the probe and the
        // bind: try again with another one rather than fail the test run.
        for (int attempt = 1; service == null; attempt++) {
            port = wanted != 0 ? wanted : freePort();
            try {
                service = start(home, port);
            } catch (RuntimeException err) {
                if (wanted != 0 || attempt >= START_ATTEMPTS) {
                    throw err;
                }
                System.err.println("port " + port + " failed (" + err.getMessage() + "), trying another");
            }
        }
        DatabaseManagementService running = service;
        Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "neo4j-shutdown"));

        // The built-in user starts with a password that must be changed; the
        // system database takes the new one as a parameter, never as text.
        GraphDatabaseService system = running.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("RETURN 1");

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForEndOfInput(input);
        System.exit(0); // runs the shutdown hook
    }

    private static DatabaseManagementService start(Path home, int port) {
        SocketAddress address = new SocketAddress("127.0.0.1", port);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Bolt waits 5 s for connections and 5 s more for its threads when it stops;
                // a test server has nobody to be patient with.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // Small by default: the machine is shared and the test graphs are tiny; the
                // benchmark asks for more with -Daikg.pagecache.mb=N.
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        Long.getLong("aikg.pagecache.mb", 256L) * 1024 * 1024)
                // Offline: no usage reports (the pom leaves the reporter out as well).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitForEndOfInput(BufferedReader in) {
        char[] buffer = new char[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException err) {
            // A broken pipe means the parent is gone too.
        }
    }
}
