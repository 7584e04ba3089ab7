package nl.verrijk.parse;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
 * over words {@code 1..n} with the artificial root {@code 0} at the bottom of the stack: SHIFT moves
 * the first buffer word onto the stack, LEFT makes it the head of the stack's top and pops that,
 * RIGHT makes the word below the top its head and pops it. RIGHT onto the root is allowed only once
 * the buffer is empty, so every terminal configuration is a tree with one root word. {@link #cost}
 * is the dynamic oracle of Goldberg and Nivre (2013): how many arcs of a projective gold tree an
 * action makes unreachable. Mutable; one per parse, or one per hypothesis of a beam.
 */
final class ArcHybrid {

  static final int SHIFT = 0;
  static final int LEFT = 1;
  static final int RIGHT = 2;
  static final int ACTIONS = 3;

  final int n;
  private final int[] stack;
  private int size;
  private int buffer;
  final int[] head;
  final int[] label;
  final int[] leftmost;
  final int[] leftmost2;
  final int[] rightmost;
  final int[] rightmost2;
  final int[] lefts;
  final int[] rights;
  final long[] leftLabels;
  final long[] rightLabels;

  ArcHybrid(int n) {
    this.n = n;
    stack = new int[n + 1];
    stack[size++] = 0;
    buffer = 1;
    head = new int[n + 1];
    label = new int[n + 1];
    leftmost = new int[n + 1];
    leftmost2 = new int[n + 1];
    rightmost = new int[n + 1];
    rightmost2 = new int[n + 1];
    lefts = new int[n + 1];
    rights = new int[n + 1];
    leftLabels = new long[n + 1];
    rightLabels = new long[n + 1];
    Arrays.fill(head, -1);
    Arrays.fill(label, -1);
    Arrays.fill(leftmost, -1);
    Arrays.fill(leftmost2, -1);
    Arrays.fill(rightmost, -1);
    Arrays.fill(rightmost2, -1);
  }

  /** A copy of another configuration, to go on from separately (a beam's hypotheses). */
  ArcHybrid(ArcHybrid o) {
    n = o.n;
    stack = o.stack.clone();
    size = o.size;
    buffer = o.buffer;
    head = o.head.clone();
    label = o.label.clone();
    leftmost = o.leftmost.clone();
    leftmost2 = o.leftmost2.clone();
    rightmost = o.rightmost.clone();
    rightmost2 = o.rightmost2.clone();
    lefts = o.lefts.clone();
    rights = o.rights.clone();
    leftLabels = o.leftLabels.clone();
    rightLabels = o.rightLabels.clone();
  }

  /** The k-th word from the top of the stack (0 is the top), or -1. */
  int stack(int k) {
    return k < size ? stack[size - 1 - k] : -1;
  }

  /** The k-th word of the buffer (0 is the first), or -1. */
  int buffer(int k) {
    int b = buffer + k;
    return b <= n ? b : -1;
  }

  /** Whether the parse is complete. */
  boolean terminal() {
    return buffer > n && size == 1;
  }

  /** Whether an action is allowed here. */
  boolean legal(int action) {
    return switch (action) {
      case SHIFT -> buffer <= n;
      case LEFT -> size > 1 && buffer <= n;
      case RIGHT -> size > 1 && (size > 2 || buffer > n);
      default -> false;
    };
  }

  /** The word that gets a head by an action (the top of the stack). */
  int dependent() {
    return stack[size - 1];
  }

  /** The head an arc action gives the top of the stack. */
  int headOf(int action) {
    return action == LEFT ? buffer : stack[size - 2];
  }

  /** Applies a legal action; {@code rel} is the label of the arc an arc action adds. */
  void apply(int action, int rel) {
    if (action == SHIFT) {
      stack[size++] = buffer++;
      return;
    }
    int d = stack[--size];
    int h = action == LEFT ? buffer : stack[size - 1];
    attach(h, d, rel);
  }

  private void attach(int h, int d, int rel) {
    head[d] = h;
    label[d] = rel;
    long bit = rel >= 0 && rel < 64 ? 1L << rel : 0;
    if (d < h) {
      lefts[h]++;
      leftLabels[h] |= bit;
      if (leftmost[h] < 0 || d < leftmost[h]) {
        leftmost2[h] = leftmost[h];
        leftmost[h] = d;
      } else if (leftmost2[h] < 0 || d < leftmost2[h]) {
        leftmost2[h] = d;
      }
    } else {
      rights[h]++;
      rightLabels[h] |= bit;
      if (d > rightmost[h]) {
        rightmost2[h] = rightmost[h];
        rightmost[h] = d;
      } else if (d > rightmost2[h]) {
        rightmost2[h] = d;
      }
    }
  }

  /** How many arcs of the projective gold tree {@code gold} (heads of words 1..n) a legal action loses. */
  int cost(int action, int[] gold) {
    int s0 = stack(0);
    switch (action) {
      case SHIFT -> {
        int b = buffer;
        int c = 0;
        for (int i = size - 1; i >= 0; i--) {
          int s = stack[i];
          if (s != 0 && gold[s] == b) {
            c++;
          }
          if (i < size - 1 && gold[b] == s) {
            c++;
          }
        }
        return c;
      }
      case LEFT -> {
        int c = dependentsInBuffer(s0, gold);
        int g = gold[s0];
        if (g != buffer && (g == stack(1) || g > buffer)) {
          c++;
        }
        return c;
      }
      case RIGHT -> {
        int c = dependentsInBuffer(s0, gold);
        if (gold[s0] >= buffer) {
          c++;
        }
        return c;
      }
      default -> throw new IllegalArgumentException("action " + action);
    }
  }

  private int dependentsInBuffer(int w, int[] gold) {
    int c = 0;
    for (int b = buffer; b <= n; b++) {
      if (gold[b] == w) {
        c++;
      }
    }
    return c;
  }
}
