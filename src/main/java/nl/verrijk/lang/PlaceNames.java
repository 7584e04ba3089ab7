package nl.verrijk.lang;

/** The normal spelling of a place name written in capitals, as datelines write it. */
public final class PlaceNames {

  private PlaceNames() {}

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
