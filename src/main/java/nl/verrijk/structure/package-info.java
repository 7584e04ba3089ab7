/** Article structure: headline, byline, dateline, body and related items. */
package nl.verrijk.structure;
