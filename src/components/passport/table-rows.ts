/** Table rows made from cells; a string cell is set as text, never parsed as markup. */
export function tableRows(rows: readonly (readonly (string | Node)[])[]): HTMLTableRowElement[] {
	return rows.map((cells) => {
		const row = document.createElement('tr');
		for (const cell of cells) {
			const td = document.createElement('td');
			td.append(cell);
			row.append(td);
		}
		return row;
	});
}
