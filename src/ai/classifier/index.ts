/** Intent classifier: sparse TF-IDF features, a Crammer-Singer linear SVM, calibrated confidence and an out-of-scope decision. */
export { trainClassifier } from './classifier.js';
export {
  DEFAULT_TRAIN_OPTIONS,
  type Calibration,
  type Classifier,
  type LabelScore,
  type LabelledText,
  type Prediction,
  type TrainOptions,
} from './classifier-types.js';
export { accuracyFigures, percentile, type AccuracyFigures, type ScoredExample } from './evaluation-metrics.js';
export { chooseColumns, LABEL_COLUMN_CANDIDATES, type ColumnChoice } from './csv-columns.js';
