import type { Formats } from '../../lib/locale/format';

/** What the Share your progress page says. */
export const shareStrings = {
	intro:
		'A link that shows your progress to someone else: lessons and labs finished per section, checklist items ticked, your level in each skill and the reviews due. It carries counts and dates, never your answers. Everything is packed into the part of the link after #, which browsers never send to a server, so nothing leaves this browser until you send the link yourself.',
	name: 'Your name, as the link shows it (optional)',
	nameHint: 'Anyone with the link sees it.',
	linkLabel: 'Link to your progress',
	copy: 'Copy the link',
	open: 'See what it shows',
	copied: 'Copied. Paste it where the other person will see it.',
	copyFailed: 'This browser did not allow copying. The link is selected: press Ctrl+C (or ⌘+C) to copy it.',
	qrLabel: 'QR code of the link above',
	qrNote: 'Scan it with a phone camera to open the link there.',
	showQr: 'Show a QR code',
	qrTooLong: 'This link is too long for a QR code; copy it instead.',
	length: (characters: number, f: Formats) => `The link is ${f.number(characters)} characters long.`,
	continueHeading: 'Continue on another device',
	continueIntro:
		'This link carries all of your progress, answers included, to another browser, where it is merged with what that browser already has, like importing a file. Open it only on your own devices.',
	continueLabel: 'Link that moves your progress',
	continueCopy: 'Copy the moving link',
	continueTooLong: (characters: number, limit: number, f: Formats) =>
		`Your progress is too large for a link (${f.number(characters)} characters packed; a link holds up to ${f.number(limit)}). Move it with a file instead: export it from the progress dashboard and import it on the other device.`,
	continueQrLabel: 'QR code of the link that moves your progress',
} as const;
