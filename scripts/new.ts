/**
 * Scaffolds content that builds as created: `npm run new -- lesson <section>/<slug>` or
 * `npm run new -- quiz <id>`. Never overwrites a file; explains any mistake in the arguments.
 */
import { fileURLToPath } from 'node:url';
import { parseNewArgs, scaffold, USAGE, UsageError } from './content/scaffold.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
	const result = scaffold(root, parseNewArgs(process.argv.slice(2)));
	for (const file of result.created) console.log(`Created ${file}`);
	for (const file of result.changed) console.log(`Changed ${file}`);
	for (const line of result.next) console.log(line);
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`${error.message}\n\n${USAGE}`);
	process.exitCode = 2;
}
