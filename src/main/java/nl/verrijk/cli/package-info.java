/** The picocli command line, a thin layer over the library. */
package nl.verrijk.cli;
