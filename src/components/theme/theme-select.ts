type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';

/** Starlight's theme choice, saved where the browser allows; blocked storage just means it is not remembered. */
function loadTheme(): Theme {
	try {
		const stored = localStorage.getItem(STORAGE_KEY);
		return stored === 'dark' || stored === 'light' ? stored : 'auto';
	} catch {
		return 'auto';
	}
}

function saveTheme(theme: Theme) {
	try {
		localStorage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
	} catch {
		// Storage is blocked: the choice lasts for this page only.
	}
}

const prefersLight = matchMedia('(prefers-color-scheme: light)');

function applyTheme(theme: Theme) {
	document.documentElement.dataset.theme = theme === 'light' || (theme === 'auto' && prefersLight.matches) ? 'light' : 'dark';
	for (const picker of document.querySelectorAll('dp-theme-select')) {
		const select = picker.querySelector('select');
		if (select) select.value = theme;
		const icon = document.querySelector<HTMLTemplateElement>('#theme-icons')?.content.querySelector(`.${theme}`);
		picker.querySelector('svg.label-icon')?.replaceChildren(...(icon?.cloneNode(true).childNodes ?? []));
	}
}

class ThemeSelect extends HTMLElement {
	connectedCallback() {
		applyTheme(loadTheme());
		this.querySelector('select')?.addEventListener('change', (event) => {
			const theme = (event.currentTarget as HTMLSelectElement).value as Theme;
			saveTheme(theme);
			applyTheme(theme);
		});
	}
}

prefersLight.addEventListener('change', () => {
	if (loadTheme() === 'auto') applyTheme('auto');
});

customElements.define('dp-theme-select', ThemeSelect);
