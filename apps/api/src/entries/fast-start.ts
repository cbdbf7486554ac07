/**
 * Imported first by the runtime entries, for its effect: the core's precomputed stem tables,
 * handed over before the classifier loads, so a cold start (a new Worker isolate, a fresh Node
 * process) does not read them off the lexicon (see `@marketlens/core/fast-start`).
 *
 * @module
 */
import { enableFastStart } from '@marketlens/core/fast-start';

enableFastStart();
