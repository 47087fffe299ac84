export { adviseCompany, type AdviceResult, type AdviseOptions, type MeasureAdvice, type NotRecommendedReason } from './advise-company.js';
export type { Catalogue, DirectMeasure, GroupRule, Measure, Phrases, SupportingMeasure } from './catalogue-schema.js';
export { catalogueSchema } from './catalogue-schema.js';
export { explainMeasure } from './explain-measure.js';
export { numberFormats } from './format-numbers.js';
export { parseCatalogue, type CatalogueResult } from './parse-catalogue.js';
export { selectGroup, type SelectedGroup } from './select-group.js';
export { sizeMeasure } from './size-measure.js';
export * from './types.js';
