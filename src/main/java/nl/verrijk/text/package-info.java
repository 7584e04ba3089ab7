/** Character classes every layer agrees on: what is whitespace, what ends a line. */
package nl.verrijk.text;
