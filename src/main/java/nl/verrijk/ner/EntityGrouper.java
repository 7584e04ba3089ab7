package nl.verrijk.ner;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verrijk.lang.PlaceNames;
import nl.verrijk.model.Entity;
import nl.verrijk.model.EntityType;
import nl.verrijk.model.Mention;

/**
 * Groups one article's mentions into the entities they name: the same name in any case
 * ({@code BRUSSEL}, {@code Brussel}), a person's surname after the full name ({@code Tusk} after
 * {@code Donald Tusk}), a first name after the full name ({@code Gerard} after {@code Gerard van
 * der Meij}), and an acronym of a longer name of the same type ({@code VS} and
 * {@code Verenigde Staten}). The canonical name is the longest mention, written normally.
 */
public final class EntityGrouper {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private EntityGrouper() {}

  /** Groups mentions (in text order) into entities whose indices point into the same list. */
  public static List<Entity> group(List<Mention> mentions) {
    List<List<Integer>> groups = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    Candidates index = new Candidates();
    int[] groupOf = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String key = key(m.text());
      Integer g = byKey.get(key);
      if (g == null) {
        g = findLonger(mentions, groupOf, index, m);
      }
      if (g == null) {
        g = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(g).add(i);
      groupOf[i] = g;
      index.add(i, m);
      byKey.putIfAbsent(key, g);
    }
    // a full name after its short form: let the shorter group join the longer one
    mergeShortIntoLong(mentions, groups, groupOf, index);
    List<Entity> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      if (members.isEmpty()) {
        continue;
      }
      out.add(new Entity(out.size(), EntityType.of(majorityLabel(mentions, members)), canonical(mentions, members),
          ImmutableList.copyOf(members)));
    }
    return out;
  }

  /** The last group with a mention that {@code m} refers to, or null; only the index's candidates are tried. */
  private static Integer findLonger(List<Mention> mentions, int[] groupOf, Candidates index, Mention m) {
    Integer best = null;
    for (int c : index.of(m)) {
      if ((best == null || groupOf[c] > best) && refersTo(m, mentions.get(c))) {
        best = groupOf[c];
      }
    }
    return best;
  }

  /**
   * A group whose first mention refers to a mention of another group joins the first such group
   * ({@code Tusk} before {@code Donald Tusk}); groups are taken in order.
   */
  private static void mergeShortIntoLong(List<Mention> mentions, List<List<Integer>> groups, int[] groupOf,
      Candidates index) {
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).isEmpty()) {
        continue;
      }
      Mention shortOne = mentions.get(groups.get(g).get(0));
      int target = -1;
      for (int c : index.of(shortOne)) {
        int h = groupOf[c];
        if (h != g && (target < 0 || h < target) && !groups.get(h).isEmpty() && refersTo(shortOne, mentions.get(c))) {
          target = h;
        }
      }
      if (target >= 0) {
        groups.get(target).addAll(groups.get(g));
        groups.get(target).sort(Integer::compare);
        for (int i : groups.get(g)) {
          groupOf[i] = target;
        }
        groups.get(g).clear();
      }
    }
  }

  /**
   * Where to look for the longer mentions a shorter one may refer to, so that grouping stays linear
   * in the mentions: persons by every word-final part of their names and by their later words,
   * every mention by its acronym. {@link #refersTo} still decides.
   */
  private static final class Candidates {
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    void add(int i, Mention m) {
      String n = normal(m.text());
      if (m.label().equals("PER")) {
        String lower = n.toLowerCase(Locale.ROOT);
        for (int k = lower.indexOf(' '); k >= 0; k = lower.indexOf(' ', k + 1)) {
          put("s:" + lower.substring(k + 1), i);
        }
        String[] w = n.split(" ");
        for (int k = 1; k < w.length; k++) {
          put("d:" + w[k], i);
        }
        if (w.length >= 2) {
          put("f:" + w[0], i);
        }
      }
      String acronym = acronym(m.text());
      if (acronym.length() >= 2) {
        put("a:" + acronym, i);
      }
    }

    private void put(String key, int i) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
    }

    /** The mentions a shorter one may refer to, each once. */
    java.util.Set<Integer> of(Mention shorter) {
      String n = normal(shorter.text());
      java.util.Set<Integer> out = new java.util.LinkedHashSet<>();
      for (String key : new String[] {"s:" + n.toLowerCase(Locale.ROOT), "d:" + n, "a:" + shorter.text(), "f:" + n}) {
        out.addAll(byKey.getOrDefault(key, List.of()));
      }
      return out;
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
    if (longer.label().equals("PER") && shorter.label().equals("PER") && isFirstName(s, l)) {
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

  /**
   * Whether a one-word person is the first name of a full name ({@code zegt Gerard} after {@code
   * Gerard van der Meij}), as regional news and interviews name people once in full and then by their
   * first name: a capitalised word of two letters or more, not an initial, opening a name of two words
   * or more.
   */
  static boolean isFirstName(String shorter, String longer) {
    return shorter.length() >= 2 && shorter.indexOf(' ') < 0 && shorter.indexOf('.') < 0
        && Character.isUpperCase(shorter.codePointAt(0)) && longer.startsWith(shorter + " ");
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
    return allCaps(best) && best.length() > 4 ? PlaceNames.casing(best) : best;
  }

  private static String majorityLabel(List<Mention> mentions, List<Integer> members) {
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
