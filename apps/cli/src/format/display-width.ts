/**
 * How many terminal columns text takes: wide East Asian characters and emoji take two, accents
 * and joiners none. Close to what Ink measures with (string-width), without the dependency.
 *
 * @module
 */

let segmenter: Intl.Segmenter | undefined;

/**
 * The grapheme segmenter, made on first use: loading its data at start-up cost every one-shot
 * command about 10 ms, and plain ASCII text never needs it.
 */
export function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/** East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), emoji aside. */
const WIDE =
  /[\u1100-\u115f\u2329\u232a\u2630-\u2637\u268a-\u268f\u2e80-\u303e\u3041-\u3247\u3250-\u33ff\u3400-\u4dff\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]/u;
/** Emoji shown as pictures by default: two columns (Unicode makes them all East Asian Wide). */
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/gu;
const KEYCAP = /^[\d#*]\ufe0f?\u20e3$/;
const REGIONAL = /^[\u{1f1e6}-\u{1f1ff}]+$/u;
/** What takes no column of its own: controls, format characters, combining marks. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;

/** Columns of one grapheme cluster (0, 1 or 2). */
export function clusterWidth(cluster: string): number {
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    // ASCII and Latin-1 letters and signs (not the soft hyphen, which shows only at a break).
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x300 && code !== 0xad)) return 1;
  }
  if (KEYCAP.test(cluster)) return 2;
  // A pair of regional indicators is a flag; one alone is a letter.
  if (REGIONAL.test(cluster)) return cluster.length === 4 ? 2 : 1;
  const base = Array.from(cluster).find((char) => !INVISIBLE.test(char));
  if (base === undefined) return 0;
  const pictographs = cluster.match(PICTOGRAPHIC)?.length ?? 0;
  if (pictographs > 0 && (cluster.includes('\ufe0f') || pictographs > 1)) return 2;
  return WIDE.test(base) || EMOJI_PRESENTATION.test(base) ? 2 : 1;
}

/** Columns of `text` on one line. */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemeSegmenter().segment(text)) width += clusterWidth(segment);
  return width;
}
