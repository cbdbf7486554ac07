import { createRequire } from 'node:module';
import { type Baseline, type Example, type Predict, toOrientation } from './baseline.ts';

const require = createRequire(import.meta.url);

// Deep paths: natural's index also loads its storage back-ends, which call dotenv (reading .env
// into process.env and printing to stdout) and take over a second to import.
// natural's own typings are not imported: they pull in a .ts source that fails this typecheck.
interface LogisticRegressionClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
type LogisticRegressionCtor = new (stemmer?: unknown) => LogisticRegressionClassifier;

/** natural's LogisticRegressionClassifier with its PorterStemmer tokenizer (tokenizeAndStem). */
export const naturalLogisticRegression: Baseline = {
  name: 'natural LR',
  description: "natural's LogisticRegressionClassifier, PorterStemmer.tokenizeAndStem features",
  train(examples: readonly Example[]): Predict {
    const Classifier =
      require('natural/lib/natural/classifiers/logistic_regression_classifier.js') as LogisticRegressionCtor;
    const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as unknown;
    const lr = new Classifier(stemmer);
    for (const example of examples) lr.addDocument(example.text, example.label);
    lr.train();
    return (text) => toOrientation(lr.classify(text));
  },
};
