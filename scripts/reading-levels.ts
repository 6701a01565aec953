// Prints the reading level of every article's summary and body, worst first, and the library's
// figures: `npx tsx scripts/reading-levels.ts`. The gate itself is tests/unit/readability.test.ts.
import { BODY_GRADE_LIMIT, BODY_MEAN_GRADE_LIMIT, SUMMARY_GRADE_LIMIT, libraryLevels } from '../compiler/readability';
import { compileFromDisk } from './compile-library';

const levels = libraryLevels(compileFromDisk());
for (const r of [...levels.byArticle].sort((a, b) => b.body - a.body))
  console.log(`${r.id.padEnd(36)} summary ${r.summary.toFixed(1).padStart(5)} (${r.summaryLength} chars)  body ${r.body.toFixed(1).padStart(5)}`);
console.log(
  `\nsummaries: mean grade ${levels.summaries.mean}, max ${levels.summaries.max} (${levels.summaries.maxId}); limit ${SUMMARY_GRADE_LIMIT}` +
    `\nbodies: mean grade ${levels.bodies.mean} (limit ${BODY_MEAN_GRADE_LIMIT}), max ${levels.bodies.max} (${levels.bodies.maxId}; limit ${BODY_GRADE_LIMIT})` +
    `\nsummary length: mean ${levels.summaryLength.mean}, max ${levels.summaryLength.max} characters`,
);
