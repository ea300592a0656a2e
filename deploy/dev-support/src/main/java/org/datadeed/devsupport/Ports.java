package org.datadeed.devsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers whose port must be known before they start (a redirect URI registered first, a stack's fixed
 * settings). A port the kernel hands out for port 0 comes from its ephemeral range, which every other server started
 * on port 0 and every outgoing connection draws from too, so it can be taken again before the server binds it. These
 * ports come from below that range (Linux's starts at 32768) and were free when chosen.
 */
public final class Ports {

    private static final int FROM = 20_000;
    private static final int UNTIL = 32_000;

    private Ports() {
    }

    /** A port below the ephemeral range that no server on this machine listens on now. */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FROM, UNTIL);
            try (ServerSocket probe = new ServerSocket(port)) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + FROM + " and " + UNTIL);
    }
}
