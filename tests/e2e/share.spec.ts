import jsQR from 'jsqr';
import sharp from 'sharp';
import type { Locator, Page } from '@playwright/test';
import { formatsFor } from '../../src/lib/locale/format';
import { say } from '../../src/lib/locale/messages';
import { packLink, unpackLink } from '../../src/lib/passport/link-payload';
import { inEnglish } from '../support/english';
import { axeInBothThemes, completeLesson, expect, tabTo, test } from './fixtures';
import { readStored } from '../support/stored-progress';

/** What a phone camera would read: the QR code as drawn on screen, decoded by jsQR. */
async function decodeQr(code: Locator): Promise<string | undefined> {
	const png = await code.screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const storedProgress = (page: Page) =>
	page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.endsWith(':progress'))));

test('a share link shows the sender’s figures, read-only, in a fresh browser that keeps its own progress; its QR code reads back the same link', async ({
	page,
	browser,
	baseURL,
}) => {
	await completeLesson(page, '/start-here/');
	await page.goto('/career/capstone/');
	await page.locator('[data-milestone="capstone"] input[data-item]').first().check();

	await page.goto('/progress/share/');
	await page.getByLabel('Your name, as the link shows it (optional)').fill('Sam <b>Lee</b>');
	const linkBox = page.getByRole('textbox', { name: 'Link to your progress' });
	await expect(linkBox).toHaveValue(new RegExp(`^${baseURL}/progress/shared/#shared=[A-Za-z0-9_-]+$`));
	const link = await linkBox.inputValue();
	await expect(page.locator('#dp-share-length')).toHaveText(`The link is ${link.length.toLocaleString('en')} characters long.`);
	const showQr = page.getByRole('button', { name: 'Show a QR code' }).first();
	await expect(showQr).toHaveAttribute('aria-expanded', 'false');
	await tabTo(page, showQr);
	await page.keyboard.press('Enter');
	await expect(showQr).toHaveAttribute('aria-expanded', 'true');
	const qr = page.getByRole('img', { name: 'QR code of the link above' });
	expect(await decodeQr(qr)).toBe(link);
	await expect(page.getByRole('link', { name: 'See what it shows' })).toHaveAttribute('href', link);
	await axeInBothThemes(page);

	const receiverContext = await browser.newContext({ baseURL });
	const receiver = await receiverContext.newPage();
	await completeLesson(receiver, '/role/');
	const before = await storedProgress(receiver);
	await receiver.goto(link);
	await expect(receiver.getByRole('heading', { level: 1 })).toHaveText('Shared progress');
	await expect(receiver.locator('[data-shared-banner]')).toHaveText(
		/^Sam <b>Lee<\/b>’s progress as shared on .+\. This page only shows it: your own progress on this site is not read or changed\.$/,
	);
	await expect(receiver.locator('[data-shared-banner] b')).toHaveCount(0);
	await expect(receiver.locator('[data-shared-totals] li').first()).toHaveText(/^1 of \d+ lessons completed$/);
	const startHere = receiver.locator('[data-shared-rows="sections"] tr', {
		hasText: 'Start here',
	});
	await expect(startHere.locator('td').nth(1)).toHaveText(/^1 of \d+$/);
	await expect(receiver.locator('[data-shared-rows="sections"] tr', { hasText: 'The role' }).locator('td').nth(1)).toHaveText(/^0 of \d+$/);
	await expect(
		receiver
			.locator('[data-shared-rows="checklists"] tr', { hasText: /capstone/i })
			.locator('td')
			.nth(1),
	).toHaveText(/^1 of \d+$/);
	await expect(receiver.locator('[data-shared-rows="skills"] tr')).toHaveCount(8);
	await axeInBothThemes(receiver);
	expect(await storedProgress(receiver)).toBe(before);
	await receiverContext.close();
});

test('a tampered, truncated or empty share link says what is wrong and shows nothing', async ({ page }) => {
	await page.goto('/progress/share/');
	const link = await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue();
	const [address, payload] = link.split('#shared=') as [string, string];
	const middle = Math.floor(payload.length / 2);
	const cases: [string, RegExp][] = [
		[`${address}#shared=${payload.slice(0, middle)}`, /damaged or cut short/],
		[`${address}#shared=${payload.slice(0, middle)}!${payload.slice(middle + 1)}`, /characters a progress link never has/],
		[`${address}#shared=`, /the part after # is empty/],
		[`${address}#shared=${'A'.repeat(3000)}`, /longest this site reads is 2,800/],
	];
	for (const [url, problem] of cases) {
		await page.goto('about:blank');
		await page.goto(url);
		await expect(page.getByRole('alert')).toHaveText(problem);
		await expect(page.locator('[data-shared-view]')).toBeHidden();
	}
	await page.goto(address);
	await expect(page.getByText(/^This page shows progress that someone shared with you\./)).toBeVisible();
});

test('a share link from a newer version of the site shows what this version can read, and says so', async ({ page }) => {
	await page.goto('/progress/share/');
	const link = await page.getByRole('textbox', { name: 'Link to your progress' }).inputValue();
	const [address, payload] = link.split('#shared=') as [string, string];
	const unpacked = unpackLink(payload, formatsFor('en'));
	if (!unpacked.ok) throw new Error(say(inEnglish, unpacked.problem));
	await page.goto('about:blank');
	await page.goto(`${address}#shared=${packLink({ ...(unpacked.value as object), version: 5, badges: ['first-lab'] })}`);
	await expect(page.locator('[data-shared-banner]')).toHaveText(/^Someone’s progress as shared on/);
	await expect(page.locator('[data-shared-newer]')).toHaveText(
		/^A newer version of this site made this link \(shared progress version 5\)/,
	);
	await expect(page.locator('[data-shared-totals] li').first()).toHaveText(/^0 of \d+ lessons completed$/);
});

test('a continue link moves the whole progress to another browser, merged after the learner agrees, once', async ({
	page,
	browser,
	baseURL,
}) => {
	await completeLesson(page, '/start-here/');
	await page.goto('/progress/share/');
	const link = await page.getByRole('textbox', { name: 'Link that moves your progress' }).inputValue();
	expect(link).toMatch(new RegExp(`^${baseURL}/progress/#continue=[A-Za-z0-9_-]+$`));
	await page.getByRole('button', { name: 'Show a QR code' }).nth(1).click();
	expect(
		await decodeQr(
			page.getByRole('img', {
				name: 'QR code of the link that moves your progress',
			}),
		),
	).toBe(link);

	const otherContext = await browser.newContext({ baseURL });
	const other = await otherContext.newPage();
	await completeLesson(other, '/role/');
	await other.goto(link);
	const dialog = other.getByRole('dialog');
	await expect(dialog).toContainText(
		'This link carries progress from another device: 1 lesson and 0 answered questions. Merge it into the progress in this browser?',
	);
	await expect(other).toHaveURL(`${baseURL}/progress/`);
	await dialog.getByRole('button', { name: 'Merge' }).click();
	await expect(other.locator('[data-manage-status]')).toHaveText('Imported: 1 lesson and 0 answered questions.');
	const stored = readStored(await other.evaluate(() => Object.entries(localStorage).find(([key]) => key.endsWith(':progress'))![1]));
	expect(stored.lessons['start-here']?.status).toBe('done');
	expect(Object.values(stored.lessons).filter((lesson) => lesson.status === 'done')).toHaveLength(2);
	await other.reload();
	await expect(other.getByRole('dialog')).toBeHidden();

	await other.goto(`${baseURL}/progress/#continue=${link.split('#continue=')[1]!.slice(0, 40)}`);
	await expect(other.locator('[data-manage-status]')).toHaveText(
		/^The link from another device was not used\. This link is damaged or cut short/,
	);
	await otherContext.close();
});
