/** What every layer agrees on about characters: what is whitespace, what ends a line, where a token ends. */
package nl.verrijk.text;
