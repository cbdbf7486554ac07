/**
 * The customer ↔ consumer gauge with the confidence beside it.
 *
 * @module
 */
import { Text } from 'ink';
import { gaugeCells } from '../format/gauge.ts';

/** Props of {@link Gauge}. */
export type GaugeProps = { customerShare: number; width: number };

/** `customer ──●── consumer`, the poles in their colours, fitted to `width`. */
export function Gauge({ customerShare, width }: GaugeProps) {
  return (
    <Text>
      <Text color="blue">customer </Text>
      {gaugeCells(customerShare, Math.max(10, width - 18))}
      <Text color="magenta"> consumer</Text>
    </Text>
  );
}
