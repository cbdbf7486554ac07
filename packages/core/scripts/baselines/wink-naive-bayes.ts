import { createRequire } from 'node:module';
import winkNLP, { type ItemToken, type TokenItsFunction } from 'wink-nlp';
import { type Baseline, type Example, type Predict, toOrientation } from './baseline.ts';

const require = createRequire(import.meta.url);

/** The part of wink-naive-bayes-text-classifier's API used here (it ships no types). */
interface WinkNaiveBayes {
  definePrepTasks(tasks: ((text: string) => string[])[]): number;
  defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
  learn(input: string, label: string): boolean;
  consolidate(): boolean;
  predict(input: string): string;
}

let prep: ((text: string) => string[]) | undefined;

/**
 * wink-nlp preparation as the classifier's README recommends: word tokens only (no punctuation,
 * numerals, URLs, symbols), stop words removed, Porter stems, negated tokens prefixed with "!".
 * The language model is loaded once, on first use.
 */
function winkPrep(): (text: string) => string[] {
  if (prep !== undefined) return prep;
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  // wink-nlp 2.4's typings declare its.stem with a signature its own `out` rejects.
  const stemOf = its.stem as unknown as TokenItsFunction<string>;
  prep = (text: string) => {
    const out: string[] = [];
    nlp
      .readDoc(text)
      .tokens()
      .filter((t) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag))
      .each((t: ItemToken) => {
        const stem = t.out(stemOf);
        out.push(t.out(its.negationFlag) ? `!${stem}` : stem);
      });
    return out;
  };
  return prep;
}

/** wink-naive-bayes-text-classifier with wink-nlp tokens (binarized NB, smoothing 0.5). */
export const winkNaiveBayes: Baseline = {
  name: 'wink NB',
  description:
    'wink-naive-bayes-text-classifier, wink-nlp prep (words, no stop words, stems, negation), considerOnlyPresence, smoothing 0.5',
  train(examples: readonly Example[]): Predict {
    const create = require('wink-naive-bayes-text-classifier') as () => WinkNaiveBayes;
    const nb = create();
    nb.definePrepTasks([winkPrep()]);
    nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
    for (const example of examples) nb.learn(example.text, example.label);
    nb.consolidate();
    return (text) => toOrientation(nb.predict(text));
  },
};
