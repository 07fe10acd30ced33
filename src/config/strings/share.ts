import type { Formats } from '../../lib/locale/format';
import type { Translate } from '../../lib/locale/messages';

/** What the Share your progress page says; keys `share.*`. */
export const shareStrings = (t: Translate) => ({
	intro: t('share.intro'),
	name: t('share.name'),
	nameHint: t('share.nameHint'),
	linkLabel: t('share.linkLabel'),
	copy: t('share.copy'),
	open: t('share.open'),
	copied: t('share.copied'),
	copyFailed: t('share.copyFailed'),
	qrLabel: t('share.qrLabel'),
	qrNote: t('share.qrNote'),
	showQr: t('share.showQr'),
	qrTooLong: t('share.qrTooLong'),
	length: (characters: number, f: Formats) => t('share.length', { characters: f.number(characters) }),
	continueHeading: t('share.continueHeading'),
	continueIntro: t('share.continueIntro'),
	continueLabel: t('share.continueLabel'),
	continueCopy: t('share.continueCopy'),
	continueTooLong: (characters: number, limit: number, f: Formats) =>
		t('share.continueTooLong', { characters: f.number(characters), limit: f.number(limit) }),
	continueQrLabel: t('share.continueQrLabel'),
});
