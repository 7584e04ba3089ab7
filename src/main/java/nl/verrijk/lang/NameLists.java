package nl.verrijk.lang;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.List;

/**
 * The name lists of {@code names/} (parties, institutions, media, programmes, clubs, companies,
 * platforms, international bodies, places, events and products, see
 * {@code names/README.md} for their sources): every known form with its CoNLL-2002 type. They are
 * evidence for the entity recognizer, not overrides.
 */
public final class NameLists {

  /** The list files, in the order they are read. */
  public static final ImmutableList<String> FILES = ImmutableList.of("parties.tsv", "institutions.tsv",
      "media.tsv", "programmes.tsv", "clubs.tsv", "companies.tsv", "platforms.tsv", "international.tsv",
      "places.tsv", "events.tsv", "products.tsv");

  /** One listed form: the name as written, its CoNLL type, its kind ({@code party}) and its country. */
  public record Entry(String form, String type, String kind, String country) {
    /** Reads as {@code N-VA ORG party BE}. */
    @Override
    public String toString() {
      return form + " " + type + " " + kind + " " + country;
    }
  }

  private static final java.util.Set<String> TYPES = java.util.Set.of("PER", "LOC", "ORG", "MISC");

  private NameLists() {}

  /** Every entry of every list, in file order. */
  public static ImmutableList<Entry> entries() {
    return Holder.ENTRIES;
  }

  /** The kinds the lists give a form as written ({@code party}, {@code media}, …); empty when no list has it. */
  public static ImmutableSet<String> kindsOf(String form) {
    return Holder.KINDS.get(form);
  }

  /** Parses the tab-separated lines of one list; a malformed line fails loudly, naming the file. */
  static List<Entry> parse(String file, List<String> lines) {
    List<Entry> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 4 || f[0].isBlank() || !TYPES.contains(f[1])) {
        throw new IllegalStateException("names/" + file + ": expected form, type (PER, LOC, ORG or MISC), "
            + "kind and country separated by tabs, got: " + line);
      }
      out.add(new Entry(f[0].strip(), f[1], f[2].strip(), f[3].strip()));
    }
    return out;
  }

  private static final class Holder {
    static final ImmutableList<Entry> ENTRIES;
    static final ImmutableSetMultimap<String, String> KINDS;

    static {
      ImmutableList.Builder<Entry> b = ImmutableList.builder();
      for (String f : FILES) {
        b.addAll(parse(f, WordList.lines("names/" + f)));
      }
      ENTRIES = b.build();
      KINDS = ENTRIES.stream().collect(ImmutableSetMultimap.toImmutableSetMultimap(Entry::form, Entry::kind));
    }
  }
}
