/**
 * The highlights to show over the text being edited: the result's own when it belongs to the
 * text, else the last ones shown, carried across each edit since (see {@link carryHighlights}).
 *
 * @module
 */
import type { Classification } from '@marketlens/core';
import { useState } from 'react';
import { carryHighlights } from './carry-highlights.ts';
import { type Highlight, highlightsOf } from './segments.ts';

type Shown = {
  result: Classification | undefined;
  text: string;
  highlights: readonly Highlight[];
};

function carried(
  result: Classification | undefined,
  resultText: string,
  text: string,
): readonly Highlight[] {
  return result === undefined ? [] : carryHighlights(highlightsOf(result), resultText, text);
}

/** Highlights for `text`, from `result` (which was made for `resultText`). */
export function useCarriedHighlights(
  result: Classification | undefined,
  resultText: string,
  text: string,
): readonly Highlight[] {
  const [shown, setShown] = useState<Shown>(() => ({
    result,
    text,
    highlights: carried(result, resultText, text),
  }));
  if (shown.result === result && shown.text === text) return shown.highlights;
  // Adjusting state while rendering, as React recommends for state that follows props: each
  // edit moves the spans of the previous render, so two edits in two places keep both sides.
  // Back at the text the result was made for (a letter typed and deleted before the next result
  // came), its own spans stand again: carried spans an edit dropped would stay dropped.
  const highlights =
    shown.result === result && text !== resultText
      ? carryHighlights(shown.highlights, shown.text, text)
      : carried(result, resultText, text);
  setShown({ result, text, highlights });
  return highlights;
}
