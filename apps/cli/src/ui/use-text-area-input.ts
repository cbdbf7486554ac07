/**
 * Keyboard and paste handling for the text area: editing keys change the buffer; Tab, Esc and
 * Ctrl/Meta chords are left to the app, so typing is never taken as a command.
 *
 * @module
 */
import { useInput, usePaste } from 'ink';
import {
  backspace,
  deleteForward,
  moveBy,
  moveLine,
  moveToLineEdge,
  type TextBuffer,
  typeChunk,
} from './text-buffer.ts';

type Update = (change: (buffer: TextBuffer) => TextBuffer) => void;

/** Wires the text area to the keyboard while `isActive`. */
export function useTextAreaInput(update: Update, isActive: boolean): void {
  useInput(
    (input, key) => {
      if (key.tab || key.escape) return;
      if (key.return) update((b) => typeChunk(b, '\n'));
      else if (key.backspace) update(backspace);
      else if (key.delete) update(deleteForward);
      else if (key.leftArrow) update((b) => moveBy(b, -1));
      else if (key.rightArrow) update((b) => moveBy(b, 1));
      else if (key.upArrow) update((b) => moveLine(b, -1));
      else if (key.downArrow) update((b) => moveLine(b, 1));
      else if (key.home) update((b) => moveToLineEdge(b, 'home'));
      else if (key.end) update((b) => moveToLineEdge(b, 'end'));
      else if (key.ctrl && input === 'u') update(() => ({ value: '', cursor: 0 }));
      else if (!key.ctrl && !key.meta && input !== '') update((b) => typeChunk(b, input));
    },
    { isActive },
  );
  usePaste((text) => update((b) => typeChunk(b, text)), { isActive });
}
