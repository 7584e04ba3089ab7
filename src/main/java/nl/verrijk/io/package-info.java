/** Input and output formats: article JSON and CoNLL-U. */
package nl.verrijk.io;
