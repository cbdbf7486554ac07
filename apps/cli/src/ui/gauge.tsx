/**
 * The customer ↔ consumer gauge with the confidence beside it.
 *
 * @module
 */
import { Text } from 'ink';
import { gaugeCells } from '../format/gauge.ts';
import { usePoleLook } from './palette.ts';

/** Props of {@link Gauge}. */
export type GaugeProps = { customerShare: number; width: number };

/**
 * `customer ──●── consumer`, fitted to `width`. The pole names wear their colours and their
 * marks (customer underlined, consumer bold): the key to the highlights in the text.
 */
export function Gauge({ customerShare, width }: GaugeProps) {
  const look = usePoleLook();
  return (
    <Text>
      <Text {...look('customer')}>customer</Text>{' '}
      {gaugeCells(customerShare, Math.max(10, width - 18))}{' '}
      <Text {...look('consumer')}>consumer</Text>
    </Text>
  );
}
