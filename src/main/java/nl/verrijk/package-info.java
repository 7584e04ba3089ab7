/** Verrijk: Dutch news text to a typed, richly annotated Article; start at {@link nl.verrijk.Verrijk}. */
package nl.verrijk;
