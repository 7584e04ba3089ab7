package nl.verrijk.lang;

/** The normal spelling of a place name written in capitals, as datelines write it, and which places are towns. */
public final class PlaceNames {

  private PlaceNames() {}

  /** Whether the name lists know {@code name}, as written, as a municipality or city ({@code names/places.tsv}). */
  public static boolean isTown(String name) {
    return Towns.NAMES.contains(name);
  }

  private static final class Towns {
    static final java.util.Set<String> NAMES = NameLists.entries().stream()
        .filter(e -> e.type().equals("LOC") && (e.kind().equals("municipality") || e.kind().equals("city")))
        .map(NameLists.Entry::form).collect(com.google.common.collect.ImmutableSet.toImmutableSet());
  }

  /** {@code MOSKOU} → {@code Moskou}, {@code DEN HAAG} → {@code Den Haag}, {@code 'S-HERTOGENBOSCH} → {@code 's-Hertogenbosch}. */
  public static String casing(String place) {
    StringBuilder sb = new StringBuilder(place.length());
    boolean start = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.';
    }
    String name = sb.toString();
    return name.startsWith("'S-") ? "'s-" + name.substring(3) : name;
  }
}
