import { courseMapStrings } from '../../config/strings/course-map';
import { lessonProgressStrings } from '../../config/strings/lesson-progress';
import { formatsFor } from '../../lib/locale/format';
import { pageStrings } from '../locale/page-strings';
import { lessonState, nextOnPath, pathStanding } from '../../lib/progress/path';
import type { Progress } from '../../schemas/progress';
import { store } from './page-store';

const t = pageStrings();
const s = courseMapStrings(t);
const { status } = lessonProgressStrings(t);

/** The course map: marks each lesson with the learner's standing and points at the next one. */
class CourseMap extends HTMLElement {
	connectedCallback() {
		store.subscribe((progress) => this.#render(progress));
		this.#render(store.progress);
	}

	#render(progress: Progress) {
		const items = [...this.querySelectorAll<HTMLElement>('[data-map-lesson]')];
		const lessons = items.map((item) => ({
			item,
			key: item.dataset.mapLesson!,
			prerequisites: item.dataset.prerequisites!.split(' ').filter(Boolean),
			minutes: Number(item.dataset.minutes),
		}));
		for (const { item, key } of lessons) {
			const state = lessonState(progress.lessons[key], item.dataset.contentHash);
			item.dataset.state = state;
			item.querySelector('[data-map-state]')!.textContent = status[state];
		}
		const next = nextOnPath(lessons, progress);
		for (const { item } of lessons) {
			const isNext = item === next?.item;
			item.querySelector<HTMLElement>('[data-map-next]')!.hidden = !isNext;
			const link = item.querySelector('a')!;
			if (isNext) link.setAttribute('aria-current', 'step');
			else link.removeAttribute('aria-current');
		}
		const standing = pathStanding(lessons, progress);
		this.querySelector('[data-map-standing]')!.textContent = s.standing(
			standing.done,
			standing.total,
			standing.minutesLeft,
			formatsFor(document.documentElement.lang),
		);
	}
}

customElements.define('dp-course-map', CourseMap);
