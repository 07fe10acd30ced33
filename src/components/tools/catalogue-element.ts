import { SHOWN_PLACEHOLDER } from '../../config/strings/tools';
import {
	criteriaFromQuery,
	criteriaToQuery,
	defaultCriteria,
	selectTools,
	toSortOrder,
	type ToolCriteria,
	type ToolFacets,
} from '../../lib/tools/filter';

interface Row extends ToolFacets {
	element: HTMLTableRowElement;
}

/**
 * Enhances the server-rendered catalogue table: the filter form hides rows that do not match
 * and re-orders the rest, and a status line says how many are shown. Without JavaScript the
 * full table stays as it is.
 */
class DevopsToolsCatalogue extends HTMLElement {
	#rows: Row[] = [];

	connectedCallback() {
		this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-tool]')].map((element) => ({
			element,
			id: element.dataset.tool!,
			name: element.dataset.name!,
			category: element.dataset.category!,
			commonality: element.dataset.commonality!,
			phases: element.dataset.phases!.split(' '),
		}));
		const form = this.#form();
		form.addEventListener('change', this.#update);
		form.addEventListener('submit', (event) => event.preventDefault());
		this.querySelector('[data-action="show-all"]')!.addEventListener('click', this.#showAll);
		// The address wins over choices a browser restores on back navigation: it is what a shared link meant.
		if (location.search) this.#apply(criteriaFromQuery(location.search));
		this.#update();
	}

	/** Sets each control to the criteria's value, or to its default where the form has no such option. */
	#apply(criteria: ToolCriteria) {
		for (const [name, value] of Object.entries(criteria)) {
			const select = this.#select(name as keyof ToolCriteria);
			select.value = value;
			if (select.selectedIndex === -1) select.value = defaultCriteria[name as keyof ToolCriteria];
		}
	}

	#form() {
		return this.querySelector<HTMLFormElement>('form.dp-tool-filters')!;
	}

	#select(name: keyof ToolCriteria) {
		return this.#form().elements.namedItem(name) as HTMLSelectElement;
	}

	#criteria(): ToolCriteria {
		return {
			category: this.#select('category').value,
			phase: this.#select('phase').value,
			commonality: this.#select('commonality').value,
			sort: toSortOrder(this.#select('sort').value),
		};
	}

	#update = () => {
		const criteria = this.#criteria();
		// Replacing (not pushing) keeps Back meaning "the page before", while the address can be shared.
		const query = criteriaToQuery(criteria);
		if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		const shown = selectTools(this.#rows, criteria);
		const visible = new Set(shown);
		for (const row of this.#rows) row.element.hidden = !visible.has(row);
		const body = this.#rows[0]?.element.parentElement;
		body?.append(...shown.map((row) => row.element), ...this.#rows.filter((row) => !visible.has(row)).map((row) => row.element));
		this.querySelector('th[data-column="name"]')?.setAttribute('aria-sort', criteria.sort === 'name-desc' ? 'descending' : 'ascending');
		const status = this.querySelector<HTMLElement>('.dp-tool-count')!;
		const text = shown.length
			? status.dataset.some!.replace(SHOWN_PLACEHOLDER, shown.length.toLocaleString(document.documentElement.lang))
			: status.dataset.none!;
		// Rewriting the same text would make some screen readers repeat it.
		if (status.textContent !== text) status.textContent = text;
	};

	#showAll = () => {
		this.#apply(defaultCriteria);
		this.#update();
	};
}

customElements.define('dp-tools-catalogue', DevopsToolsCatalogue);
