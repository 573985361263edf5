// Prints jest's totals as the one closing line CI records: "N passed, N failed".
const fs = require('node:fs');
const file = process.argv[2];
let results;
try {
  results = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
console.log(`${results.numPassedTests} passed, ${failed} failed`);
process.exit(failed === 0 && results.numPassedTests > 0 ? 0 : 1);
