/** An HTTP server for non-JVM users: {@code POST /enrich} on the JDK's {@code com.sun.net.httpserver}. */
package nl.verrijk.server;
