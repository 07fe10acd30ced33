import { currentHeadingIndex } from '../../lib/navigation/current-heading';

/** Starlight starts a section this far below the fixed header (and the phone's contents bar). */
const READING_GAP = 32;

const whenIdle = (callback: () => void) => (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1)))(callback);

/**
 * A page's table of contents (the side list, or the phone's bar with `data-mobile`) that marks the
 * section being read. It measures only the headings its links point to, once per frame while the
 * page scrolls, instead of watching every element of the page.
 */
class PageToc extends HTMLElement {
	#links: HTMLAnchorElement[] = [];
	#headings: HTMLElement[] = [];
	#current: HTMLAnchorElement | undefined;
	#frame = 0;

	connectedCallback() {
		if (this.hasAttribute('data-mobile')) this.#closeWhenDone();
		// Nothing to mark before the first scroll, and measuring during load would force a layout.
		whenIdle(() => this.#start());
	}

	#start() {
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (!heading) continue;
			this.#links.push(link);
			this.#headings.push(heading);
		}
		this.#update();
		addEventListener('scroll', () => this.#schedule(), { passive: true });
		addEventListener('resize', () => this.#schedule(), { passive: true });
	}

	#schedule() {
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#update();
		});
	}

	#update() {
		const tops = this.#headings.map((heading) => heading.getBoundingClientRect().top);
		const link = this.#links[currentHeadingIndex(tops, this.#readingLine())];
		if (!link || link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
		const shown = this.querySelector('.display-current');
		if (shown) shown.textContent = link.textContent;
	}

	#readingLine() {
		const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
		const bar = document.querySelector('#starlight__on-this-page--mobile');
		const barHeight = bar?.checkVisibility() ? bar.getBoundingClientRect().height : 0;
		return header + barHeight + READING_GAP;
	}

	/** The phone's list closes on a choice, a click elsewhere, or Escape (focus back on its bar). */
	#closeWhenDone() {
		const details = this.querySelector('details');
		if (!details) return;
		const close = () => {
			details.open = false;
		};
		for (const link of details.querySelectorAll('a')) link.addEventListener('click', close);
		addEventListener('click', (event) => {
			if (!details.contains(event.target as Node)) close();
		});
		addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !details.open) return;
			const hadFocus = details.contains(document.activeElement);
			close();
			if (hadFocus) details.querySelector('summary')?.focus();
		});
	}
}

customElements.define('dp-page-toc', PageToc);
