/**
 * Keyboard and paste handling for the text area: editing keys change the buffer; Tab, Esc and
 * Ctrl/Meta chords are left to the app, so typing is never taken as a command.
 *
 * @module
 */
import { useInput, usePaste } from 'ink';
import { tabPresses } from './screens.ts';
import {
  backspace,
  deleteForward,
  moveBy,
  moveRow,
  moveToLineEdge,
  type TextBuffer,
  typeChunk,
} from './text-buffer.ts';

type Update = (change: (buffer: TextBuffer) => TextBuffer) => void;

/** Wires the text area to the keyboard while `isActive`; ↑↓ move by rows wrapped at `wrapWidth`. */
export function useTextAreaInput(update: Update, isActive: boolean, wrapWidth: number): void {
  useInput(
    (input, key) => {
      // Tabs alone, even several in one read, switch screens (the app's); a tab in pasted text is text.
      if (key.tab || key.escape || tabPresses(input) > 0) return;
      if (key.return) update((b) => typeChunk(b, '\n'));
      else if (key.backspace) update(backspace);
      else if (key.delete) update(deleteForward);
      else if (key.leftArrow) update((b) => moveBy(b, -1));
      else if (key.rightArrow) update((b) => moveBy(b, 1));
      else if (key.upArrow) update((b) => moveRow(b, -1, wrapWidth));
      else if (key.downArrow) update((b) => moveRow(b, 1, wrapWidth));
      else if (key.home) update((b) => moveToLineEdge(b, 'home'));
      else if (key.end) update((b) => moveToLineEdge(b, 'end'));
      else if (key.ctrl && input === 'u') update(() => ({ value: '', cursor: 0 }));
      else if (!key.ctrl && !key.meta && input !== '') update((b) => typeChunk(b, input));
    },
    { isActive },
  );
  usePaste((text) => update((b) => typeChunk(b, text)), { isActive });
}
