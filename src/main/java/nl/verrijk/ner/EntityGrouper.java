package nl.verrijk.ner;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verrijk.model.Entity;
import nl.verrijk.model.Mention;
import nl.verrijk.structure.RuleBasedStructureReader;

/**
 * Groups one article's mentions into the entities they name: the same name in any case
 * ({@code BRUSSEL}, {@code Brussel}), a person's surname after the full name ({@code Tusk} after
 * {@code Donald Tusk}), and an acronym of a longer name of the same type ({@code VS} and
 * {@code Verenigde Staten}). The canonical name is the longest mention, written normally.
 */
public final class EntityGrouper {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private EntityGrouper() {}

  /** Groups mentions (in text order) into entities whose indices point into the same list. */
  public static List<Entity> group(List<Mention> mentions) {
    List<List<Integer>> groups = new ArrayList<>();
    List<String> types = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String key = key(m.text());
      Integer g = byKey.get(key);
      if (g == null) {
        g = findLonger(mentions, groups, types, m);
      }
      if (g == null) {
        g = groups.size();
        groups.add(new ArrayList<>());
        types.add(m.label());
      }
      groups.get(g).add(i);
      byKey.putIfAbsent(key, g);
    }
    // a full name after its short form: let the shorter group join the longer one
    mergeShortIntoLong(mentions, groups, types);
    List<Entity> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      if (members.isEmpty()) {
        continue;
      }
      out.add(new Entity(out.size(), majorityType(mentions, members), canonical(mentions, members),
          ImmutableList.copyOf(members)));
    }
    return out;
  }

  private static Integer findLonger(List<Mention> mentions, List<List<Integer>> groups, List<String> types, Mention m) {
    for (int g = groups.size() - 1; g >= 0; g--) {
      for (int i : groups.get(g)) {
        if (refersTo(m, mentions.get(i))) {
          return g;
        }
      }
    }
    return null;
  }

  private static void mergeShortIntoLong(List<Mention> mentions, List<List<Integer>> groups, List<String> types) {
    for (int g = 0; g < groups.size(); g++) {
      for (int h = 0; h < groups.size(); h++) {
        if (g == h || groups.get(g).isEmpty() || groups.get(h).isEmpty()) {
          continue;
        }
        Mention shortOne = mentions.get(groups.get(g).get(0));
        boolean joins = groups.get(h).stream().anyMatch(i -> refersTo(shortOne, mentions.get(i)));
        if (joins) {
          groups.get(h).addAll(groups.get(g));
          groups.get(h).sort(Integer::compare);
          groups.get(g).clear();
        }
      }
    }
  }

  /** Whether a short mention refers to a longer one: surname, trailing words or acronym. */
  static boolean refersTo(Mention shorter, Mention longer) {
    String s = normal(shorter.text());
    String l = normal(longer.text());
    if (s.length() >= l.length()) {
      return false;
    }
    boolean compatible = shorter.label().equals(longer.label())
        || shorter.label().equals("LOC") && longer.label().equals("ORG")
        || shorter.label().equals("ORG") && longer.label().equals("LOC");
    if (!compatible) {
      return false;
    }
    // a surname, its particles capitalised or not (Van der Linden at a sentence start, Jan van der Linden)
    if (longer.label().equals("PER") && l.toLowerCase(Locale.ROOT).endsWith(" " + s.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (longer.label().equals("PER") && firstOfDoubleSurname(s, l)) {
      return true;
    }
    String acronym = acronym(longer.text());
    return acronym.length() >= 2 && shorter.text().equals(acronym);
  }

  /**
   * Whether a one-word name opens the double surname that ends a person's full name: {@code
   * Beelaerts} for {@code P. Beelaerts van Blokland}, with lower-case particles between it and the
   * last word.
   */
  static boolean firstOfDoubleSurname(String shorter, String longer) {
    String[] w = longer.split(" ");
    if (shorter.contains(" ") || w.length < 4) {
      return false;
    }
    for (int i = 1; i + 2 < w.length; i++) {
      if (!w[i].equals(shorter)) {
        continue;
      }
      boolean particles = true;
      for (int k = i + 1; k < w.length - 1 && particles; k++) {
        particles = Character.isLowerCase(w[k].charAt(0))
            && nl.verrijk.lang.DutchWords.surnameParticles().contains(w[k]);
      }
      if (particles) {
        return true;
      }
    }
    return false;
  }

  private static String acronym(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.toString();
  }

  private static String key(String text) {
    return normal(text).toLowerCase(Locale.ROOT);
  }

  private static String normal(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }

  private static boolean allCaps(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLetter);
  }

  private static String canonical(List<Mention> mentions, List<Integer> members) {
    String best = null;
    for (int i : members) {
      String t = normal(mentions.get(i).text());
      boolean better = best == null || allCaps(best) && !allCaps(t)
          || allCaps(best) == allCaps(t) && t.length() > best.length();
      if (better) {
        best = t;
      }
    }
    return allCaps(best) && best.length() > 4 ? RuleBasedStructureReader.placeName(best) : best;
  }

  private static String majorityType(List<Mention> mentions, List<Integer> members) {
    Map<String, Integer> votes = new HashMap<>();
    for (int i : members) {
      votes.merge(mentions.get(i).label(), 1, Integer::sum);
    }
    String best = mentions.get(members.get(0)).label();
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
