import spanish from '../../content/i18n/es.json' with { type: 'json' };
import { axeViolations, expect, openInTheme, switchTheme, test, THEME_RULES } from './fixtures';
import { guardPage } from './page-guard';
import { phoneProblems } from './page-width';

type Key = keyof typeof spanish;

/**
 * One page of each kind in Spanish: English lessons under Starlight's fallback notice, the
 * interface in Spanish. Each is held to what a11y.spec.ts holds every English page to, says a
 * string of its own in Spanish, and links to the site's pages in Spanish.
 */
/** Starlight's own strings in Spanish: its notice on a page not translated yet, and the search button. */
const FALLBACK_NOTICE = 'Esta página aún no está disponible en tu idioma.';
const SEARCH = 'Buscar';

const pages: { path: string; kind: string; says: Key | typeof SEARCH }[] = [
	{ path: '/es/', kind: 'home (a splash page, which has no notice)', says: SEARCH },
	{ path: '/es/linux/', kind: 'lesson with a quiz and a lab', says: 'quizPage.heading' },
	{ path: '/es/growth/30-days/', kind: 'milestone checklist', says: 'progress.markComplete' },
	{ path: '/es/practice/iac-review/', kind: 'worked practice', says: 'practice.summary' },
	{ path: '/es/progress/', kind: 'dashboard', says: 'dashboard.overall' },
	{ path: '/es/progress/review/', kind: 'review', says: 'review.intro' },
	{ path: '/es/progress/scorecard/', kind: 'scorecard', says: 'review.scorecard.intro' },
	{ path: '/es/progress/exam/', kind: 'practice exam', says: 'assessment.exam.start' },
	{ path: '/es/progress/map/', kind: 'course map', says: 'courseMap.intro' },
	{ path: '/es/progress/share/', kind: 'share', says: 'share.intro' },
	{ path: '/es/progress/shared/', kind: 'shared progress', says: 'sharedProgress.noLink' },
	{ path: '/es/progress/team/', kind: 'team table', says: 'team.intro' },
	{ path: '/es/progress/checklist/', kind: 'onboarding checklist', says: 'passport.checklist.intro' },
	{ path: '/es/progress/record/', kind: 'course record', says: 'passport.record.selfReported' },
	{ path: '/es/study-guide/', kind: 'study guide', says: 'studyGuide.wholeGuide' },
	{ path: '/es/study-guide/role/', kind: 'study guide section', says: 'studyGuide.answerKey' },
	{ path: '/es/tools/catalogue/', kind: 'tools catalogue', says: 'tools.caption' },
];

test.describe.configure({ timeout: 120_000 });

for (const { path, kind, says } of pages) {
	test(`${kind} in Spanish (${path}): its interface in Spanish, links kept in Spanish, axe in both themes, fits a phone`, async ({
		page,
		baseURL,
	}) => {
		const guard = await guardPage(page, new URL(baseURL!).origin);
		await openInTheme(page, path, 'light');
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		const text = says === SEARCH ? says : spanish[says].split('{{')[0]!.trim();
		await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
		// The site's own components link to its pages in the reader's language.
		const links = await page
			.locator('.not-content a[href^="/"], nav[aria-labelledby] a[href^="/"]')
			.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
		expect(links.filter((href) => !href.startsWith('/es/') && !/\.(pdf|json|xml)$/.test(href))).toEqual([]);
		expect(await axeViolations(page), 'light theme').toEqual([]);
		await switchTheme(page, 'dark');
		expect(await axeViolations(page, undefined, THEME_RULES), 'dark theme').toEqual([]);
		expect(await phoneProblems(page, path), 'at phone widths').toEqual([]);
		expect(await guard.violations(), 'policy violations').toEqual([]);
		expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
	});
}

test('a lesson in Spanish falls back to the English text under Starlight’s notice, and the quiz answers in Spanish', async ({ page }) => {
	await page.goto('/es/linux/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linux and the shell');
	await expect(page.getByText(FALLBACK_NOTICE)).toBeVisible();
	const question = page.locator('.dp-question').first();
	await question.locator('[data-action="check"]').click();
	await expect(question).toContainText(spanish['quiz.chooseFirst']);
});
