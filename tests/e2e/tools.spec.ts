import type { Page } from '@playwright/test';
import type { Tool } from '../../src/schemas/tool';
import { phaseIds } from '../../src/schemas/vocabulary';
import { readYamlCollection } from '../support/content-files';
import { axeViolations, chooseOptionByKeyboard, expect, setTheme, tabTo, test } from './fixtures';

const CATALOGUE = '/tools/catalogue/';
const tools = readYamlCollection('tools').map((entry) => ({ ...(entry.data as Tool), id: entry.id }));
const total = tools.length;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true });
const idsOf = (list: { id: string }[]) => list.map((tool) => tool.id);

const rows = (page: Page) => page.locator('.dp-tools tbody tr');
const visibleIds = (page: Page) =>
	rows(page).evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.tool));
const count = (page: Page) => page.locator('.dp-tool-count[role="status"]');
const filter = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });

async function choose(page: Page, label: string, optionText: string) {
	await chooseOptionByKeyboard(page, filter(page, label), (option) => option.text === optionText);
}

test.describe('tools catalogue', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(CATALOGUE);
	});

	test('lists every tool from content/tools, each with its docs link, category, phases and commonality', async ({ page }) => {
		await expect(rows(page)).toHaveCount(total);
		expect(await visibleIds(page)).toEqual(idsOf([...tools].sort(byName)));
		await expect(count(page)).toHaveText(`${total} of ${total} tools shown`);
		const terraform = page.locator('tr[data-tool="terraform"]');
		await expect(terraform.getByRole('link', { name: 'Terraform' })).toHaveAttribute('href', tools.find((t) => t.id === 'terraform')!.docs);
		await expect(terraform.locator('td')).toHaveText([
			'Infrastructure as code',
			tools.find((t) => t.id === 'terraform')!.use,
			'Develop, Deploy, Operate',
			'Common',
			tools.find((t) => t.id === 'terraform')!.junior,
		]);
		for (const tool of tools) {
			await expect(page.locator(`tr[data-tool="${tool.id}"] th a`), tool.id).toHaveAttribute('href', tool.docs);
		}
	});

	test('filters by category, phase and commonality and sorts by name, all by keyboard', async ({ page }) => {
		const expectShown = async (expected: typeof tools) => {
			expect(await visibleIds(page)).toEqual(idsOf(expected));
			await expect(count(page)).toHaveText(
				expected.length ? `${expected.length} of ${total} tools shown` : `No tools match these filters (0 of ${total} shown).`,
			);
		};
		// The way a keyboard user passes the header and sidebar.
		await tabTo(page, page.getByRole('link', { name: 'Skip to content' }));
		await page.keyboard.press('Enter');

		const cicd = tools.filter((t) => t.category === 'cicd').sort(byName);
		await choose(page, 'Category', 'CI/CD');
		await expectShown(cicd);

		const cicdDeploy = cicd.filter((t) => t.phases.includes('deploy'));
		await choose(page, 'Lifecycle phase', 'Deploy');
		await expectShown(cicdDeploy);
		expect(cicdDeploy.length).toBeGreaterThan(1);

		const common = cicdDeploy.filter((t) => t.commonality === 'common');
		await choose(page, 'How common', 'Common');
		await expectShown(common);

		await choose(page, 'Sort', 'Name, Z to A');
		await expectShown([...common].reverse());
		await expect(page.getByRole('columnheader', { name: 'Tool' })).toHaveAttribute('aria-sort', 'descending');

		await choose(page, 'Category', 'Testing');
		await choose(page, 'Lifecycle phase', 'Monitor');
		await expectShown([]);

		await tabTo(page, page.getByRole('button', { name: 'Show all tools' }));
		await page.keyboard.press('Enter');
		await expectShown([...tools].sort(byName));
		await expect(filter(page, 'Category')).toHaveValue('');
		await expect(page.getByRole('columnheader', { name: 'Tool' })).toHaveAttribute('aria-sort', 'ascending');
	});

	test('the filters live in the address: a reload or a shared link shows the same view', async ({ page }) => {
		await filter(page, 'Category').selectOption('cicd');
		await filter(page, 'Sort').selectOption('name-desc');
		await expect(page).toHaveURL(/\/tools\/catalogue\/\?category=cicd&sort=name-desc$/);
		const shown = idsOf(
			tools
				.filter((t) => t.category === 'cicd')
				.sort(byName)
				.reverse(),
		);
		await page.reload();
		await expect(filter(page, 'Category')).toHaveValue('cicd');
		await expect(filter(page, 'Sort')).toHaveValue('name-desc');
		expect(await visibleIds(page)).toEqual(shown);

		await page.goto(`${CATALOGUE}?phase=test&commonality=no-such-value`);
		await expect(filter(page, 'Lifecycle phase')).toHaveValue('test');
		await expect(filter(page, 'How common')).toHaveValue('');
		expect(await visibleIds(page)).toEqual(idsOf(tools.filter((t) => t.phases.includes('test')).sort(byName)));

		await page.getByRole('button', { name: 'Show all tools' }).click();
		await expect(page).toHaveURL(new RegExp(`${CATALOGUE}$`));
	});

	test('with JavaScript off the full table shows and the filters are hidden without moving it', async ({ browser, page }) => {
		const tableTop = async (p: Page) => (await p.locator('.dp-tools table').boundingBox())!.y;
		await expect(filter(page, 'Category')).toBeVisible();
		const withScript = await tableTop(page);

		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(CATALOGUE);
		await expect(rows(plain)).toHaveCount(total);
		for (const row of await rows(plain).all()) await expect(row).toBeVisible();
		await expect(filter(plain, 'Category')).toBeHidden();
		await expect(count(plain)).toHaveText(`${total} of ${total} tools shown`);
		expect(await tableTop(plain)).toBe(withScript);
		await context.close();
	});

	test('comes right after the tools overview in the sidebar', async ({ page }) => {
		const group = page.locator('#starlight__sidebar details').filter({ has: page.locator('summary .large', { hasText: /^Tools$/ }) });
		await expect(group.getByRole('link')).toHaveText(['Tools', 'Tools catalogue']);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`axe: no violations, unfiltered and filtered, ${theme} theme`, async ({ page }) => {
			// Two full-page scans of a page with a large table.
			test.slow();
			await setTheme(page, theme);
			expect(await axeViolations(page)).toEqual([]);
			await filter(page, 'Category').selectOption('observability');
			await expect(count(page)).not.toHaveText(`${total} of ${total} tools shown`);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('lifecycle lessons', () => {
	for (const phase of phaseIds) {
		test(`the ${phase} lesson lists exactly the tools whose data names that phase`, async ({ page }) => {
			await page.goto(`/lifecycle/${phase}/`);
			const listed = await page
				.locator('.dp-phase-tools tr[data-tool]')
				.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.tool));
			const expected = idsOf(tools.filter((tool) => tool.phases.includes(phase)));
			expect(expected.length).toBeGreaterThan(0);
			expect([...listed].sort()).toEqual([...expected].sort());
			await expect(page.locator('.dp-phase-tools').getByRole('link', { name: 'See every tool in the catalogue' })).toHaveAttribute(
				'href',
				CATALOGUE,
			);
		});
	}
});
