import { describe, expect, it } from 'vitest';
import { ALLOWANCES, compareWithBaseline, formatBudgetTable, kindOf } from '../../scripts/gates/budgets.ts';
import { pageWeight } from '../../scripts/gates/weigh.ts';

/** Text that gzip cannot shrink much: a deterministic pseudo-random sequence of letters. */
function incompressible(length: number): string {
	let seed = 42;
	let out = '';
	for (let i = 0; i < length; i++) {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		out += String.fromCharCode(33 + (seed % 90));
	}
	return out;
}

describe('budgets', () => {
	const bare = { js: 7000, css: 16000 };

	it('classifies pages: the progress and passport pages by folder, lab and quiz pages by their elements, the rest as lessons', () => {
		expect(kindOf('progress/index.html', '')).toBe('dashboard');
		expect(kindOf('progress/review/index.html', '<dp-quiz>')).toBe('dashboard');
		expect(kindOf('progress/map/index.html', '')).toBe('dashboard');
		for (const page of ['record', 'share', 'shared', 'team', 'checklist'])
			expect(kindOf(`progress/${page}/index.html`, '')).toBe('passport');
		// A folder whose name only starts like a passport page's is not one.
		expect(kindOf('progress/sharedx/index.html', '')).toBe('dashboard');
		expect(kindOf('a/index.html', '<dp-quiz class="dp-quiz">')).toBe('quiz');
		// A lab lesson usually has its quiz too: the lab's allowance covers both.
		expect(kindOf('a/index.html', '<dp-quiz></dp-quiz><dp-lab data-lab="x"></dp-lab>')).toBe('lab');
		expect(kindOf('a/index.html', '<dp-lab data-lab="x"></dp-lab>')).toBe('lab');
		expect(kindOf('a/index.html', '<main></main>')).toBe('lesson');
		// A page of another language is of its English page's kind.
		expect(kindOf('es/progress/index.html', '', ['es'])).toBe('dashboard');
		expect(kindOf('es/progress/team/index.html', '', ['es'])).toBe('passport');
		expect(kindOf('es/linux/index.html', '<dp-quiz>', ['es'])).toBe('quiz');
		expect(kindOf('es/linux/index.html', '<dp-lab>', ['es'])).toBe('lab');
		expect(kindOf('essentials/index.html', '', ['es'])).toBe('lesson');
	});

	it('gives lab pages room for a quiz and the lab element, and passport pages less than the dashboard', () => {
		expect(ALLOWANCES.lab.js).toBeGreaterThan(ALLOWANCES.quiz.js);
		expect(ALLOWANCES.lab.js).toBeLessThan(ALLOWANCES.dashboard.js);
		expect(ALLOWANCES.passport.js).toBeLessThan(ALLOWANCES.dashboard.js);
		expect(ALLOWANCES.passport.css).toBeLessThan(ALLOWANCES.dashboard.css);
		const rows = compareWithBaseline(
			[
				{ page: 'lab.html', kind: 'lab', js: bare.js + ALLOWANCES.lab.js, css: bare.css + ALLOWANCES.lab.css },
				{ page: 'lab-over.html', kind: 'lab', js: bare.js + ALLOWANCES.lab.js + 1, css: bare.css },
				{ page: 'share.html', kind: 'passport', js: bare.js + ALLOWANCES.passport.js, css: bare.css + ALLOWANCES.passport.css },
				{ page: 'share-js.html', kind: 'passport', js: bare.js + ALLOWANCES.passport.js + 1, css: bare.css },
				{ page: 'share-css.html', kind: 'passport', js: bare.js, css: bare.css + ALLOWANCES.passport.css + 1 },
			],
			bare,
		);
		expect(rows.map((row) => [row.page, row.over])).toEqual([
			['lab.html', false],
			['lab-over.html', true],
			['share.html', false],
			['share-js.html', true],
			['share-css.html', true],
		]);
	});

	it('allows each kind its own margin over the bare page', () => {
		const rows = compareWithBaseline(
			[
				{ page: 'lesson.html', kind: 'lesson', js: bare.js + ALLOWANCES.lesson.js, css: bare.css },
				{ page: 'quiz.html', kind: 'quiz', js: bare.js + ALLOWANCES.quiz.js, css: bare.css + ALLOWANCES.quiz.css },
				{ page: 'dashboard.html', kind: 'dashboard', js: bare.js + 14 * 1024, css: bare.css },
			],
			bare,
		);
		expect(rows.map((row) => row.over)).toEqual([false, false, false]);
	});

	it('fails a page whose script is over its budget, and says so in the table', () => {
		const big = incompressible(12 * 1024);
		const { js } = pageWeight(
			'<script type="module" src="/course/_astro/big.js"></script>',
			new URL('https://example.org/course/'),
			() => big,
		);
		expect(js.gzip).toBeGreaterThan(ALLOWANCES.lesson.js);
		const rows = compareWithBaseline([{ page: 'lessons/heavy/index.html', kind: 'lesson', js: bare.js + js.gzip, css: bare.css }], bare);
		expect(rows[0]!.over).toBe(true);
		expect(formatBudgetTable(rows, bare)).toMatch(/lessons\/heavy\/index\.html\s+lesson\s+.*OVER$/m);
	});

	it('fails a page whose CSS is over its budget', () => {
		const rows = compareWithBaseline([{ page: 'a.html', kind: 'dashboard', js: bare.js, css: bare.css + 4 * 1024 + 1 }], bare);
		expect(rows[0]!.over).toBe(true);
	});
});
