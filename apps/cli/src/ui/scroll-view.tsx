/**
 * A box of a fixed height that shows as much of its content as fits. When the content is taller,
 * its last row says how much is hidden and PgUp/PgDn scroll it.
 *
 * @module
 */
import { Box, type DOMElement, Text, useBoxMetrics, useInput } from 'ink';
import { type ReactNode, useEffect, useRef, useState } from 'react';

/** Props of {@link ScrollView}. */
export type ScrollViewProps = {
  /** Rows the view takes, the row for the hidden count included. */
  height: number;
  /** Columns, when not the parent's. */
  width?: number;
  /** Whether PgUp/PgDn scroll this view (only one view on screen should listen). */
  active?: boolean;
  /** Told whether the content is taller than the view, whenever that changes. */
  onOverflowChange?: (overflowing: boolean) => void;
  /**
   * Content rows (`top` to `bottom`, exclusive) to scroll into view whenever they change, such as
   * a selected option; when they do not fit, their end is shown.
   */
  reveal?: { top: number; bottom: number };
  children: ReactNode;
};

/** How many rows are hidden above and below: "↑ 3 rows above · ↓ 1 row below". */
export function hiddenRowsNote(above: number, below: number): string {
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const parts = [];
  if (above > 0) parts.push(`↑ ${rows(above)} above`);
  if (below > 0) parts.push(`↓ ${rows(below)} below`);
  return parts.join(' · ');
}

/** The scroll position that shows rows `top`…`bottom` of the content, moving `current` the least. */
export function revealTop(current: number, top: number, bottom: number, viewport: number): number {
  if (bottom - top > viewport) return Math.max(0, bottom - viewport);
  if (top < current) return top;
  if (bottom > current + viewport) return bottom - viewport;
  return current;
}

/** The view. Its content keeps its own height and is shifted up by the scroll position. */
export function ScrollView({
  height,
  width,
  active = true,
  onOverflowChange,
  reveal,
  children,
}: ScrollViewProps) {
  const contentRef = useRef<DOMElement>(null);
  const content = useBoxMetrics(contentRef);
  const [requested, setRequested] = useState(0);
  const overflowing = content.hasMeasured && content.height > height;
  const viewport = overflowing ? Math.max(1, height - 1) : height;
  const maxTop = Math.max(0, content.height - viewport);
  const top = Math.min(requested, maxTop);
  const page = Math.max(1, viewport - 1);

  useInput(
    (_input, key) => {
      if (key.pageDown) setRequested(Math.min(maxTop, top + page));
      else if (key.pageUp) setRequested(Math.max(0, top - page));
    },
    { isActive: active && overflowing },
  );
  const revealFrom = reveal?.top;
  const revealTo = reveal?.bottom;
  useEffect(() => {
    if (revealFrom === undefined || revealTo === undefined) return;
    setRequested((current) => revealTop(current, revealFrom, revealTo, viewport));
  }, [revealFrom, revealTo, viewport]);
  useEffect(() => {
    onOverflowChange?.(overflowing);
    return () => onOverflowChange?.(false);
  }, [overflowing, onOverflowChange]);

  return (
    <Box flexDirection="column" height={height} width={width} flexShrink={0}>
      <Box height={viewport} overflow="hidden" contentOffsetY={top} flexDirection="column">
        {/* Out of the flow, the content is laid out at its natural height: in the flow, Yoga would
            measure it against the viewport and squeeze the boxes and texts inside it. */}
        <Box ref={contentRef} flexDirection="column" position="absolute" width="100%">
          {children}
        </Box>
      </Box>
      {overflowing && (
        <Text dimColor wrap="truncate-end">
          {`${hiddenRowsNote(top, content.height - top - viewport)} · PgUp/PgDn`}
        </Text>
      )}
    </Box>
  );
}
