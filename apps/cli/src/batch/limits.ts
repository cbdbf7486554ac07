/**
 * How much of one input record a batch keeps in memory.
 *
 * @module
 */
import { MAX_TEXT_LENGTH } from '@marketlens/core';

/**
 * The most bytes one input record (a JSONL line, a CSV row) may take. A record past it is an
 * error record without being read into memory: its text could not be classified anyway. The
 * bound leaves room for the longest text the core accepts written out at six bytes a character
 * (JSON's `\u00e9` escapes; doubled quotes and three-byte characters in CSV take less), plus
 * 1 MiB for the other fields.
 */
export const MAX_RECORD_BYTES = 6 * MAX_TEXT_LENGTH + 1024 * 1024;
