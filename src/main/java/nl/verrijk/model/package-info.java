/** The immutable article model: records and Guava immutable collections, no behaviour beyond navigation. */
package nl.verrijk.model;
