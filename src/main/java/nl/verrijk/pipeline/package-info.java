/** The annotator contract, the pipeline that checks requirements once, and the exceptions. */
package nl.verrijk.pipeline;
